namespace AvatarIV.MockServer.Journal;

/// <summary>Keeps credentials out of the journal: credential-like query values, and the request's own key wherever it appears.</summary>
public static class CredentialRedactor
{
    public const string Redacted = "[redacted]";

    // Query names that carry secrets: api_key, key, x-api-key, token, access_token, Signature, secret, password, auth…
    private static readonly string[] SecretNameParts = ["key", "token", "secret", "signature", "password", "auth"];

    public static string RedactQuery(IQueryCollection query)
    {
        if (query.Count == 0)
        {
            return string.Empty;
        }

        var pairs = query.SelectMany(item => item.Value.Select(value => IsSecretName(item.Key)
            ? $"{Uri.EscapeDataString(item.Key)}={Redacted}"
            : $"{Uri.EscapeDataString(item.Key)}={Uri.EscapeDataString(value ?? string.Empty)}"));
        return "?" + string.Join("&", pairs);
    }

    /// <summary>Replaces every occurrence of <paramref name="secret"/> (raw or URL-escaped) in <paramref name="text"/>.</summary>
    public static string Scrub(string text, string? secret)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(text))
        {
            return text;
        }

        return text.Replace(secret, Redacted, StringComparison.Ordinal)
            .Replace(Uri.EscapeDataString(secret), Redacted, StringComparison.Ordinal);
    }

    private static bool IsSecretName(string name) =>
        SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));
}
