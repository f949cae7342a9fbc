#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Targets/*.swift) with AddressSanitizer and coverage
# instrumentation, outside SwiftPM so that `swift test` never builds them:
#
#   1. Yams and swift-crypto (dependencies of the Sasaran module) are built once by SwiftPM in
#      .build-fuzz-deps; their modules and objects are reused uninstrumented.
#   2. SasaranGeo, SasaranIO and Sasaran are compiled from Sources/ with
#      `swiftc -sanitize=fuzzer,address -enable-testing` (whole-module, -O: bounds and overflow
#      checks stay on), one object per module.
#   3. Each target links its entry file (@_cdecl("LLVMFuzzerTestOneInput")) with Common.swift
#      against those objects and libgeos_c / libproj / libgdal: Fuzz/.build/bin/TARGET.
#
# Usage: Fuzz/build.sh [TARGET ...]   (default: all of shapefile dbf prj geojson indicators scenario points ogr table)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/Fuzz/.build
DEPS=${FUZZ_DEPS:-$ROOT/.build-fuzz-deps}   # a SwiftPM scratch path holding debug builds of Yams and Crypto
mkdir -p "$OUT/modules" "$OUT/obj" "$OUT/bin"
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(shapefile dbf prj geojson indicators scenario points ogr table)

SAN=(-sanitize=fuzzer,address -parse-as-library -O -g -enable-testing)
C_MODULES=(-I "$ROOT/Sources/CGEOS" -I "$ROOT/Sources/CPROJ" -I "$ROOT/Sources/CGDAL" $(pkg-config --cflags-only-I gdal | sed "s/-I/-Xcc -I/g"))

needs_sasaran=0
for t in "${TARGETS[@]}"; do case $t in indicators|scenario) needs_sasaran=1;; esac; done

newer() { # newer OUTPUT SOURCES...: true when OUTPUT is missing or older than a source
    local out=$1; shift
    [ -e "$out" ] || return 0
    for s in "$@"; do [ "$s" -nt "$out" ] && return 0; done
    return 1
}

module() { # module NAME EXTRA_FLAGS... -- SOURCES...   (rebuilt when a source or $UPSTREAM is newer)
    local name=$1; shift
    local flags=()
    while [ "$1" != "--" ]; do flags+=("$1"); shift; done
    shift
    if newer "$OUT/obj/$name.o" "$@" ${UPSTREAM:-}; then
        echo "fuzz build: module $name ($# files)"
        swiftc "${SAN[@]}" -wmo -module-name "$name" -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" \
            -I "$OUT/modules" "${C_MODULES[@]}" "${flags[@]}" -c "$@" -o "$OUT/obj/$name.o"
    fi
}

module SasaranGeo -- "$ROOT"/Sources/SasaranGeo/*.swift
UPSTREAM=$OUT/obj/SasaranGeo.o module SasaranIO -- $(find "$ROOT/Sources/SasaranIO" -name '*.swift' | sort)

DEP_FLAGS=()
DEP_OBJECTS=()
if [ $needs_sasaran = 1 ]; then
    if [ ! -e "$DEPS/debug/Modules/Yams.swiftmodule" ] || [ ! -e "$DEPS/debug/Modules/Crypto.swiftmodule" ]; then
        echo "fuzz build: Yams and Crypto through SwiftPM ($DEPS)"
        swift build --scratch-path "$DEPS" --target Yams >/dev/null
        swift build --scratch-path "$DEPS" --target Crypto >/dev/null
    fi
    # Clang modules of the dependencies (CYaml, CCryptoBoringSSL …) are found through their module maps.
    while IFS= read -r map; do DEP_FLAGS+=(-Xcc "-fmodule-map-file=$map"); done \
        < <(find -H "$DEPS/checkouts" -name module.modulemap -path "*/Sources/C*" 2>/dev/null | sort -u)
    while IFS= read -r dir; do DEP_FLAGS+=(-Xcc "-I$dir"); done \
        < <(find -H "$DEPS/checkouts" -type d -name include 2>/dev/null)
    while IFS= read -r object; do DEP_OBJECTS+=("$object"); done \
        < <(find -H "$DEPS/debug" -path '*.build/*' -name '*.o' \( -path '*/Yams.build/*' -o -path '*/CYaml.build/*' \
            -o -path '*/Crypto.build/*' -o -path '*/CCryptoBoringSSL.build/*' -o -path '*/CCryptoBoringSSLShims.build/*' \
            -o -path '*/CryptoBoringWrapper.build/*' \) | sort)
    UPSTREAM=$OUT/obj/SasaranIO.o module Sasaran -I "$DEPS/debug/Modules" "${DEP_FLAGS[@]}" -- $(find "$ROOT/Sources/Sasaran" -name '*.swift' | sort)
fi

for t in "${TARGETS[@]}"; do
    entry=$ROOT/Fuzz/Targets/$t.swift
    [ -e "$entry" ] || { echo "no fuzz target $t (Fuzz/Targets/$t.swift)" >&2; exit 2; }
    objects=("$OUT/obj/SasaranGeo.o" "$OUT/obj/SasaranIO.o")
    extra=()
    case $t in indicators|scenario)
        objects+=("$OUT/obj/Sasaran.o" "${DEP_OBJECTS[@]}")
        extra=(-I "$DEPS/debug/Modules" "${DEP_FLAGS[@]}" -lstdc++);;
    esac
    if newer "$OUT/bin/$t" "$entry" "$ROOT/Fuzz/Targets/Common.swift" "${objects[@]}"; then
        echo "fuzz build: target $t"
        swiftc "${SAN[@]}" -module-name "Fuzz_$t" -I "$OUT/modules" "${C_MODULES[@]}" "${extra[@]}" \
            "$ROOT/Fuzz/Targets/Common.swift" "$entry" "${objects[@]}" -lgeos_c -lproj -lgdal -use-ld=lld -o "$OUT/bin/$t"
    fi
done
echo "fuzz build: ${TARGETS[*]} in $OUT/bin"
