using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace DobraPraxe.Generator.ExternalLinks;

/// <summary>
/// Asks one address whether it still works: HEAD first, GET when HEAD is refused (405, 501) or answered with an error
/// (some servers answer HEAD wrongly); redirects followed one by one, so a permanent one (301, 308) is seen; a trouble
/// that may pass (a 5xx, 408, a timeout) asked about once more. Never more than <see cref="ExternalLinkSettings.PerHost"/>
/// requests at a time to one host and <see cref="ExternalLinkSettings.Overall"/> in all. Only the answer's headers are
/// read; a body is never downloaded.
/// </summary>
internal sealed class LinkProbe : IDisposable
{
    private readonly HttpClient _http;
    private readonly ExternalLinkSettings _settings;
    private readonly SemaphoreSlim _overall;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public LinkProbe(ExternalLinkSettings settings, string userAgent)
    {
        _settings = settings;
        _overall = new SemaphoreSlim(settings.Overall);
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.All,
            MaxConnectionsPerServer = settings.PerHost, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(10),
        })
        { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
        _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("cs,en;q=0.5");
    }

    public async Task<Verdict> Check(Uri address)
    {
        var verdict = await Follow(address);
        if (!verdict.MayPass) return verdict;
        await Task.Delay(_settings.RetryDelay);
        return await Follow(address);
    }

    private async Task<Verdict> Follow(Uri address)
    {
        var current = address;
        string? movedTo = null;
        for (var hop = 0; hop <= _settings.MaxRedirects; hop++)
        {
            var answer = await Ask(current);
            if (answer.Failure is { } failure) return movedTo is null ? failure : failure with { Problem = $"{failure.Problem} (after a redirect to {current})" };
            var status = answer.Status;
            if (status is >= 300 and < 400 && answer.Location is { } location)
            {
                var next = new Uri(current, location);
                if (next.Scheme is not ("http" or "https")) return Verdict.Broken($"it redirects to '{next}', which is not a web address");
                // The address to write now is the one after the last permanent redirect; temporary ones may change back.
                if (status is 301 or 308) movedTo = next.AbsoluteUri;
                current = next;
                continue;
            }
            if (status == 429) return new Verdict(VerdictKind.Unknown, MayPass: true);
            if (status >= 400)
            {
                var problem = $"the server answers {status}{(answer.Reason is { Length: > 0 } reason ? " " + reason : "")}";
                if (movedTo is not null || current != address) problem += $" (after a redirect to {current})";
                return Verdict.Broken(problem, mayPass: status >= 500 || status == 408);
            }
            return movedTo is null ? Verdict.Ok : new Verdict(VerdictKind.Moved, MovedTo: movedTo);
        }
        return Verdict.Broken($"it redirects more than {_settings.MaxRedirects} times");
    }

    /// <summary>HEAD, then GET if HEAD got an error (429, too many requests, is taken as it is).</summary>
    private async Task<Answer> Ask(Uri address)
    {
        var head = await Send(HttpMethod.Head, address);
        return head.Failure is null && head.Status >= 400 && head.Status != 429 ? await Send(HttpMethod.Get, address) : head;
    }

    private async Task<Answer> Send(HttpMethod method, Uri address)
    {
        var host = _hosts.GetOrAdd(address.Authority, _ => new SemaphoreSlim(_settings.PerHost));
        // The host first: waiting for a busy host must not hold one of the few places of all.
        await host.WaitAsync();
        try
        {
            await _overall.WaitAsync();
            try
            {
                using var timeout = new CancellationTokenSource(_settings.Timeout);
                using var request = new HttpRequestMessage(method, address);
                try
                {
                    using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                    return new Answer((int)response.StatusCode, response.ReasonPhrase, response.Headers.Location, null);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    return Failed(Verdict.Broken($"{address.Host} did not answer within {_settings.Timeout.TotalSeconds:0.#} s", mayPass: true));
                }
                catch (HttpRequestException e)
                {
                    return Failed(Verdict.Broken(Describe(e, address)));
                }
                catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException)
                {
                    // An address HttpClient will not send (whatever a server's redirect made of it): broken, never a crash.
                    return Failed(Verdict.Broken($"the request could not be made: {e.Message}"));
                }
            }
            finally
            {
                _overall.Release();
            }
        }
        finally
        {
            host.Release();
        }
    }

    private static string Describe(HttpRequestException e, Uri address) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => $"the server name '{address.Host}' was not found",
        HttpRequestError.ConnectionError when e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } =>
            $"{address.Authority} refused the connection",
        HttpRequestError.ConnectionError => $"could not connect to {address.Authority}",
        HttpRequestError.SecureConnectionError => $"the secure connection to {address.Host} failed (its certificate or TLS)",
        _ => $"the request failed: {e.Message}",
    };

    private static Answer Failed(Verdict verdict) => new(0, null, null, verdict);

    private sealed record Answer(int Status, string? Reason, Uri? Location, Verdict? Failure);

    public void Dispose()
    {
        _http.Dispose();
        _overall.Dispose();
        foreach (var host in _hosts.Values) host.Dispose();
    }
}
