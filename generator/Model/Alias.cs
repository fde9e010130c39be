using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Model;

/// <summary>
/// An old address of an entry ('aliases:'), published as a redirect to the entry's page. <see cref="Path"/> is a site path
/// as <see cref="Shared.SitePaths"/> keeps it: no leading slash, '/' at the end of a folder ("praxe/stary-nazev/").
/// </summary>
public readonly record struct Alias(string Path, SourceLocation Location)
{
    public override string ToString() => "/" + Path;
}
