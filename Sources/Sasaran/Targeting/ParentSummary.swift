/// Coverage within one parent (province).
public struct ParentSummary: Sendable, Hashable, Encodable {
    /// The parent code.
    public var parent: String
    /// The parent's name, when the run knows it.
    public var name: String? = nil
    /// Regions of the parent in the list.
    public var regionsSelected: Int
    /// Regions of the parent with a value.
    public var regionsWithValue: Int
    /// Value covered by the list in this parent.
    public var valueCovered: Double
    /// Sum of the values of the parent's regions.
    public var parentTotal: Double
    /// `valueCovered ÷ parentTotal` (0 when the parent total is 0).
    public var shareOfParent: Double
    /// `valueCovered ÷` national total.
    public var shareOfNational: Double
}
