/// The level of each region in its layer: 0 for a region whose parent is not in the layer (a
/// district of a district layer), 1 for a region whose parent is, and so on up the chain of
/// ``RegionKey/parent``. A layer holding provinces and their districts has two levels; indices
/// are normalised within each level, so that districts are compared with districts.
enum RegionLevels {
    /// The level of every region of `keys`, in order.
    static func of(_ keys: [RegionKey]) -> [Int] {
        var parentOf: [String: String] = [:]
        for key in keys { parentOf[key.code] = key.parent }
        return keys.map { key in
            var level = 0
            var seen: Set<String> = [key.code]
            var parent = key.parent
            while parentOf[parent] != nil, seen.insert(parent).inserted {
                level += 1
                parent = parentOf[parent]!
            }
            return level
        }
    }
}
