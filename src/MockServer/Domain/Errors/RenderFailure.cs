namespace AvatarIV.MockServer.Domain.Errors;

/// <summary>
/// Why a render failed, as a status read reports it: v3 <c>failure_code</c>, legacy <c>error.code</c> (the v1 number).
/// Render failures are not HTTP errors: the create succeeded, the video failed later.
/// </summary>
public sealed record RenderFailure(string Code, int V1Number, string Message);
