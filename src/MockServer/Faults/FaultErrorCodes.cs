namespace AvatarIV.MockServer.Faults;

/// <summary>The error code an injected status fault carries: HeyGen's code for that status where one exists.</summary>
public static class FaultErrorCodes
{
    public static string For(int status) => status switch
    {
        400 => "invalid_parameter",
        401 => "unauthorized",
        402 => "insufficient_credit",
        403 => "forbidden",
        404 => "not_found",
        409 => "conflict",
        413 => "payload_too_large",
        429 => "rate_limit_exceeded",
        502 => "bad_gateway",
        503 => "service_unavailable",
        504 => "gateway_timeout",
        >= 500 => "internal_error",
        _ => "invalid_request",
    };
}
