namespace DobraPraxe.Generator.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
