namespace AvatarIV.Core.Http;

/// <summary>Removes the API key from any text before it leaves the client (messages, notices, snippets).</summary>
internal sealed class SecretRedactor
{
    /// <summary>
    /// Keys at least this long are masked wherever they appear. Shorter ones (test keys such as "k") are masked
    /// only as whole tokens: replacing every "k" would garble the message and hide nothing worth hiding.
    /// </summary>
    public const int AnywhereMinLength = 8;

    private const string Mask = "***";
    private readonly string? _secret;

    public SecretRedactor(string? secret) => _secret = string.IsNullOrEmpty(secret) ? null : secret;

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (_secret is null)
        {
            return text!;
        }

        return _secret.Length >= AnywhereMinLength ? text!.Replace(_secret, Mask) : RedactWholeTokens(text!, _secret);
    }

    /// <summary>First <paramref name="max"/> characters on one line, redacted: enough to recognise an unexpected body.</summary>
    public string Snippet(string? body, int max = 200)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(empty body)";
        }

        var oneLine = string.Join(" ", body!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var redacted = Redact(oneLine);
        return redacted.Length <= max ? redacted : redacted.Substring(0, max) + "…";
    }

    private static string RedactWholeTokens(string text, string secret)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var start = 0;
        for (var at = text.IndexOf(secret, StringComparison.Ordinal); at >= 0; at = text.IndexOf(secret, at + 1, StringComparison.Ordinal))
        {
            var end = at + secret.Length;
            if (at < start || (at > 0 && IsTokenChar(text[at - 1])) || (end < text.Length && IsTokenChar(text[end])))
            {
                continue;
            }

            result.Append(text, start, at - start).Append(Mask);
            start = end;
        }

        return result.Append(text, start, text.Length - start).ToString();
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
}
