// Fuzz target: a scenario file (YAML through Yams, then ScenarioFile's checks) via ScenarioFile.load.
import Foundation
import Sasaran

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzScratch.write(UnsafeRawBufferPointer(start: data, count: size), name: "scenario.yaml")
    _ = try? ScenarioFile.load(path: path)
    return 0
}
