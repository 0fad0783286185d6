namespace AvatarIV.Core.Http;

/// <summary>Removes the API key from any text before it leaves the client (messages, notices, snippets).</summary>
internal sealed class SecretRedactor
{
    private const string Mask = "***";
    private readonly string? _secret;

    public SecretRedactor(string? secret) => _secret = string.IsNullOrEmpty(secret) ? null : secret;

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        return _secret is null ? text! : text!.Replace(_secret, Mask);
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
}
