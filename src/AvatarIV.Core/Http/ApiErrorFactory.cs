using System.Net;

namespace AvatarIV.Core.Http;

/// <summary>Turns failed answers into <see cref="AvatarIVApiException"/>s whose messages name the problem and the fix, never the key.</summary>
internal sealed class ApiErrorFactory
{
    private readonly SecretRedactor _redactor;
    private readonly ApiSurface _surface;

    public ApiErrorFactory(SecretRedactor redactor, ApiSurface surface)
    {
        _redactor = redactor;
        _surface = surface;
    }

    /// <summary>An HTTP answer that is not a success (or a v1 200 whose <c>code</c> is not 100).</summary>
    public AvatarIVApiException FromAnswer(ApiCall call, int status, string? content, string? requestId, TimeSpan? retryAfter = null)
    {
        var body = ErrorBody.TryRead(content);
        var code = body?.Code ?? FallbackCode(status);
        var message = body?.Message is { Length: > 0 } text
            ? text
            : $"the answer carried no error message: {_redactor.Snippet(content)}";
        var retryable = status == 429 || code == AvatarIVErrorCodes.RequestInProgress || (IsTransient(status) && call.Safety == RetrySafety.Safe);
        var param = body?.Param is { Length: > 0 } p ? $" (parameter '{p}')" : "";
        var hint = Hint(status, code, call);
        return new AvatarIVApiException(
            _redactor.Redact($"{Describe(call)} failed with HTTP {status} {code}: {message}{param}.{hint}{RequestIdText(requestId)}"),
            status,
            code,
            _surface,
            retryable,
            body?.Param,
            requestId)
        {
            RetryAfter = retryAfter,
        };
    }

    /// <summary>No answer arrived: connection refused, reset or dropped.</summary>
    public AvatarIVApiException Network(ApiCall call, Exception? cause)
    {
        var retryable = call.Safety == RetrySafety.Safe;
        var hint = retryable ? " Check the network and the base URI." : " " + (call.FailureHint ?? "The request was not repeated automatically.");
        return new AvatarIVApiException(
            _redactor.Redact($"{Describe(call)} got no answer ({cause?.GetType().Name}: {cause?.Message}).{hint}"),
            0,
            AvatarIVErrorCodes.NetworkError,
            _surface,
            retryable,
            innerException: null)
        {
            NoConnection = ConnectionFailure.IsConnectFailure(cause),
        };
    }

    /// <summary>The client's own time limit ran out.</summary>
    public AvatarIVApiException Timeout(ApiCall call) =>
        new(
            $"{Describe(call)} timed out after {call.Timeout.TotalSeconds:0.#} s. Raise the client's timeout option, or try again later." +
            (call.Safety == RetrySafety.Safe ? "" : " " + (call.FailureHint ?? "")),
            0,
            AvatarIVErrorCodes.Timeout,
            _surface,
            isRetryable: call.Safety == RetrySafety.Safe);

    /// <summary>A 2xx answer whose body is not the JSON the surface promises.</summary>
    public AvatarIVApiException Malformed(ApiCall call, int status, string? content, string? requestId, string? detail = null) =>
        new(
            _redactor.Redact($"{Describe(call)} answered HTTP {status} with a body that is not the expected JSON{(detail is null ? "" : $" ({detail})")}: {_redactor.Snippet(content)}.{RequestIdText(requestId)}"),
            status,
            AvatarIVErrorCodes.MalformedResponse,
            _surface,
            isRetryable: call.Safety == RetrySafety.Safe,
            requestId: requestId);

    public static bool IsTransient(int status) => status is 500 or 502 or 503 or 504;

    private static string Describe(ApiCall call) => $"{call.MethodName} /{call.Path}";

    private static string RequestIdText(string? requestId) => requestId is null ? "" : $" (request id {requestId})";

    private static string FallbackCode(int status) => status switch
    {
        400 => AvatarIVErrorCodes.ValidationError,
        401 => AvatarIVErrorCodes.Unauthorized,
        402 => AvatarIVErrorCodes.InsufficientCredit,
        403 => AvatarIVErrorCodes.Forbidden,
        404 => AvatarIVErrorCodes.NotFound,
        409 => AvatarIVErrorCodes.Conflict,
        413 => AvatarIVErrorCodes.PayloadTooLarge,
        429 => AvatarIVErrorCodes.RateLimited,
        >= 500 => AvatarIVErrorCodes.ServerError,
        _ => AvatarIVErrorCodes.ClientError,
    };

    private static string Hint(int status, string code, ApiCall call)
    {
        if (status == (int)HttpStatusCode.Unauthorized || code == AvatarIVErrorCodes.Unauthorized)
        {
            return " Check the API key (ApiKey option, HEYGEN_API_KEY or Connect-AvatarIV).";
        }

        if (status == 402 || code == AvatarIVErrorCodes.InsufficientCredit)
        {
            return " Top up credits, or make a shorter video (estimate the cost first with CreditEstimator / Get-AvatarIVCredit -Estimate).";
        }

        if (status == 429)
        {
            return " Too many requests or too many videos rendering at once; wait for running videos to finish and try again.";
        }

        if (status == 413 || code == AvatarIVErrorCodes.PayloadTooLarge)
        {
            return " The file is larger than the surface accepts; shrink it (PreflightChecks shows the limit).";
        }

        return IsTransient(status) && call.Safety != RetrySafety.Safe && call.FailureHint is not null ? " " + call.FailureHint : "";
    }
}
