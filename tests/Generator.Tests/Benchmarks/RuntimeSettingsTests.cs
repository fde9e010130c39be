using System.Text.Json;

namespace DobraPraxe.Generator.Tests.Benchmarks;

/// <summary>
/// generator/Runtime.props reaches the generator's runtimeconfig.json: the settings docs/decisions/0001 measured (server
/// GC, no tiered PGO, hot methods optimized at once) are what a build runs with, published or through `dotnet run`.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void the_generator_runs_with_server_gc_and_without_tiered_pgo()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "dobrapraxe.runtimeconfig.json");
        Assert.True(File.Exists(file), $"{file} is missing: the tests build the generator beside them");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var settings = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(settings.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.Equal(0, settings.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }
}
