using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Model;

/// <summary>A key that refers to something defined elsewhere (a member, theme, practice…), remembered with where it was written.</summary>
public readonly record struct KeyRef(string Key, SourceLocation Location)
{
    public override string ToString() => Key;
}
