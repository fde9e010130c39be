using DobraPraxe.Generator.Pipeline;

namespace DobraPraxe.Generator.Tests.Support;

public static class Builds
{
    /// <summary>The fixed "today" of the fixture sites: builds in tests never depend on the clock.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(1));

    public static BuildResult Generate(string source, Uri? baseUrl = null, bool drafts = false) =>
        new SiteGenerator(new BuildOptions
        {
            SourceDirectory = source, OutputDirectory = Path.Combine(source, "site-output"), BaseUrl = baseUrl,
            IncludeDrafts = drafts, Now = Now,
        }).Generate();

    public static string Page(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content!);

    public static string Errors(BuildResult result) => string.Join("\n", result.Diagnostics.Select(d => d.Format()));
}
