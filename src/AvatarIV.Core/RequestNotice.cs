namespace AvatarIV.Core;

/// <summary>Raised after every HTTP attempt (retries included).</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Url">Full URL; the key travels in a header and never appears here.</param>
/// <param name="StatusCode">HTTP status, or 0 when no answer arrived.</param>
/// <param name="Elapsed">Time the attempt took.</param>
public sealed record RequestNotice(string Method, string Url, int StatusCode, TimeSpan Elapsed);
