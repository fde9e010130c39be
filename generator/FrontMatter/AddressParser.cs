using System.Collections.Immutable;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// The old addresses a site keeps: an entry's 'aliases:' and site.yml's 'redirects:', each address read by
/// <see cref="SitePaths.Parse"/> and reported at its line when it is not one a static host can serve.
/// </summary>
public static class AddressParser
{
    public static ImmutableArray<Alias> Aliases(YamlFields f, FieldSpec field)
    {
        var aliases = ImmutableArray.CreateBuilder<Alias>();
        foreach (var written in f.KeyList(field))
        {
            var (path, problem) = SitePaths.Parse(written.Key);
            if (path is null) f.Error(written.Location, $"the alias '{written.Key}' {problem}", Hint(written.Key, field));
            else if (written.Key.Length > field.MaxLength) f.Error(written.Location, $"the alias is {written.Key.Length} characters long; at most {field.MaxLength} are allowed", "Shorten it.");
            else aliases.Add(new Alias(path, written.Location));
        }
        return aliases.ToImmutable();
    }

    public static ImmutableArray<Redirect> Redirects(YamlFields f, FieldSpec field)
    {
        var redirects = ImmutableArray.CreateBuilder<Redirect>();
        foreach (var item in f.GroupList(field))
        {
            var from = item.Text(field["from"]);
            var to = item.Text(field["to"]);
            item.ReportUnknown();
            if (from is null || to is null) continue;
            var (fromLocation, toLocation) = (item.LocationOf("from"), item.LocationOf("to"));
            var (fromPath, fromProblem) = SitePaths.Parse(from, placeholder: true);
            var (toPath, toProblem) = SitePaths.Parse(to, placeholder: true);
            if (fromPath is null) item.Error(fromLocation, $"'from: {from}' {fromProblem}", Hint(from, field["from"]));
            if (toPath is null) item.Error(toLocation, $"'to: {to}' {toProblem}", Hint(to, field["to"]));
            if (fromPath is null || toPath is null) continue;
            if (fromPath.Contains(SitePaths.SlugPlaceholder) != toPath.Contains(SitePaths.SlugPlaceholder))
            {
                item.Error(fromPath.Contains(SitePaths.SlugPlaceholder) ? toLocation : fromLocation,
                    $"a redirect has {SitePaths.SlugPlaceholder} in both 'from' and 'to', or in neither",
                    $"Write it like '{{ from: \"/cz/priklady-dobre-praxe/{SitePaths.SlugPlaceholder}\", to: \"/praxe/{SitePaths.SlugPlaceholder}/\" }}' for every entry, or name one address in each.");
                continue;
            }
            redirects.Add(new Redirect(fromPath, toPath, fromLocation, toLocation));
        }
        return redirects.ToImmutable();
    }

    private static string Hint(string written, FieldSpec field) =>
        Uri.TryCreate(written, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath.Length > 1
            ? $"Write the path only: '{Uri.UnescapeDataString(uri.AbsolutePath)}'."
            : $"Write an address of this site from its root, like {field.Example ?? "/praxe/stary-nazev/"}.";
}
