namespace AvatarIV.Core.Http;

/// <summary>A successful (2xx) answer: its body and the request id to quote in later errors.</summary>
internal sealed record ApiAnswer(int StatusCode, string Content, string? RequestId);
