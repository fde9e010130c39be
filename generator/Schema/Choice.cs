namespace DobraPraxe.Generator.Schema;

/// <summary>One allowed value of a choice field, with its Czech label (member types, event kinds).</summary>
public sealed record Choice(string Key, string Label);
