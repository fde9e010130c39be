namespace DobraPraxe.Generator.Schema;

/// <summary>One allowed value of a choice field, with its Czech label (member types, event kinds) and, where readers see it, its English one.</summary>
public sealed record Choice(string Key, string Label, string? LabelEn = null);
