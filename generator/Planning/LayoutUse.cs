namespace DobraPraxe.Generator.Planning;

/// <summary>A layout a planner renders pages with, and which pages those are: the theme check names them when the layout is missing.</summary>
public sealed record LayoutUse(string Layout, string Pages);
