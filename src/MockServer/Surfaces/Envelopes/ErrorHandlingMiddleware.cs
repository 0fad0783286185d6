using AvatarIV.MockServer.Domain;

namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>
/// Turns <see cref="MockApiException"/> into the surface's 4xx envelope, and anything unexpected into its
/// <c>internal_error</c> 500 (a last resort: tests prove bad input never gets here).
/// </summary>
public sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        try
        {
            await next(ctx);
            await DescribeBareStatusAsync(ctx);
        }
        catch (MockApiException ex) when (!ctx.Response.HasStarted)
        {
            ctx.Response.Clear();
            foreach (var (name, value) in ex.Headers)
            {
                ctx.Response.Headers[name] = value;
            }

            await ErrorWriter.WriteAsync(ctx, ex.Status, ex.Code, ex.Message, ex.Param);
        }
        catch (DomainRefusal ex) when (!ctx.Response.HasStarted)
        {
            ctx.Response.Clear();
            if (ex.RetryAfterSeconds is { } retryAfter)
            {
                ctx.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await ErrorWriter.WriteAsync(ctx, StatusOf(ex.Kind), ex.Code, ex.Message, ex.Param);
        }
        catch (BadHttpRequestException ex) when (!ctx.Response.HasStarted)
        {
            ctx.Response.Clear();
            var tooLarge = ex.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await ErrorWriter.WriteAsync(ctx, ex.StatusCode, tooLarge ? "payload_too_large" : "invalid_parameter", $"The request could not be read: {ex.Message}");
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; nothing to answer.
        }
        catch (Exception ex) when (!ctx.Response.HasStarted)
        {
            logger.LogError(ex, "Unhandled error for {Method} {Path}", ctx.Request.Method, ctx.Request.Path);
            ctx.Response.Clear();
            await ErrorWriter.WriteAsync(ctx, StatusCodes.Status500InternalServerError, "internal_error", "The mock hit an unexpected error; this is a bug in the mock, please report it.");
        }
    }

    // Routing answers unknown paths (404) and wrong methods (405) with an empty body; give them the surface's envelope.
    private static Task DescribeBareStatusAsync(HttpContext ctx)
    {
        var status = ctx.Response.StatusCode;
        if (ctx.Response.HasStarted || ctx.Response.ContentLength is not null || status is not (StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed))
        {
            return Task.CompletedTask;
        }

        var route = $"{ctx.Request.Method} {ctx.Request.Path}";
        return status == StatusCodes.Status404NotFound
            ? ErrorWriter.WriteAsync(ctx, status, "not_found", $"{route} is not a route of this API. /openapi/v1.json lists the routes.")
            : ErrorWriter.WriteAsync(ctx, status, "method_not_allowed", $"{route}: this path does not take {ctx.Request.Method}. /openapi/v1.json lists each route's methods.");
    }

    private static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.InsufficientCredit => StatusCodes.Status402PaymentRequired,
        RefusalKind.Busy => StatusCodes.Status429TooManyRequests,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
