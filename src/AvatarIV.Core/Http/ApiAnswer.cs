namespace AvatarIV.Core.Http;

/// <summary>A successful (2xx) answer: its body as text (for error messages), the request id to quote in later errors, and the body parsed once.</summary>
internal sealed record ApiAnswer<T>(int StatusCode, string Content, string? RequestId, T? Body);
