/// The converter's version: part of "up to date" (a new version reconverts everything).
public enum ToolVersion {
    public static let current = "0.2.0"
}
