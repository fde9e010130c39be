using System.Collections.Concurrent;

namespace DobraPraxe.Generator.Diagnostics;

/// <summary>Collects every problem of a run; safe to add to from parallel stages.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, location, message, hint));

    public void Warning(SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, location, message, hint));

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    /// <summary>Every diagnostic, sorted by path, line, column and text so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
