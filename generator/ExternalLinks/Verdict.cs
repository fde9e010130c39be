namespace DobraPraxe.Generator.ExternalLinks;

/// <summary>What an address answered: it works, it moved for good, it is broken, or the server would not say (429).</summary>
public enum VerdictKind { Ok, Moved, Broken, Unknown }

/// <param name="Problem">Why it is broken, in words for the warning ("the server answers 404 Not Found").</param>
/// <param name="MovedTo">The address a permanent redirect (301, 308) sends readers to now.</param>
/// <param name="MayPass">A trouble that may be gone a moment later (a 5xx, 408, a timeout): asked once more.</param>
public sealed record Verdict(VerdictKind Kind, string? Problem = null, string? MovedTo = null, bool MayPass = false)
{
    public static readonly Verdict Ok = new(VerdictKind.Ok);

    public static Verdict Broken(string problem, bool mayPass = false) => new(VerdictKind.Broken, problem, MayPass: mayPass);
}
