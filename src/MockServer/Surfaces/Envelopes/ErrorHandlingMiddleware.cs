using AvatarIV.MockServer.Domain.Errors;

namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>
/// Turns <see cref="MockError"/> into the surface's envelope, and anything unexpected into its
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
        catch (MockError ex) when (!ctx.Response.HasStarted)
        {
            ctx.Response.Clear();
            await ErrorWriter.WriteAsync(ctx, ex);
        }
        catch (BadHttpRequestException ex) when (!ctx.Response.HasStarted)
        {
            ctx.Response.Clear();
            var entry = ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCatalog.PayloadTooLarge : ErrorCatalog.InvalidParameter;
            await ErrorWriter.WriteAsync(ctx, entry, $"The request could not be read: {ex.Message}");
        }
        catch (IOException ex) when (!ctx.Response.HasStarted && !ctx.RequestAborted.IsCancellationRequested)
        {
            // Handlers do no I/O of their own that can escape (media fetches and ffmpeg report failures as values),
            // so this is the request body failing to read: a framing error such as an overflowing chunk size.
            ctx.Response.Clear();
            await ErrorWriter.WriteAsync(ctx, ErrorCatalog.InvalidParameter, $"The request body could not be read: {ex.Message}");
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; nothing to answer.
        }
        catch (Exception ex) when (!ctx.Response.HasStarted)
        {
            logger.LogError(ex, "Unhandled error for {Method} {Path}", ctx.Request.Method, ctx.Request.Path);
            ctx.Response.Clear();
            await ErrorWriter.WriteAsync(ctx, ErrorCatalog.InternalError, "The mock hit an unexpected error; this is a bug in the mock, please report it.");
        }
    }

    // Routing answers unknown paths (404) and wrong methods (405), and body binding a body that is not JSON (415) or
    // cannot be bound (400), with an empty body; give them the surface's envelope.
    private static Task DescribeBareStatusAsync(HttpContext ctx)
    {
        var status = ctx.Response.StatusCode;
        if (ctx.Response.HasStarted || ctx.Response.ContentLength is not null)
        {
            return Task.CompletedTask;
        }

        if (status is not (StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed or StatusCodes.Status415UnsupportedMediaType or StatusCodes.Status400BadRequest))
        {
            return Task.CompletedTask;
        }

        var route = $"{ctx.Request.Method} {ctx.Request.Path}";
        return status switch
        {
            StatusCodes.Status404NotFound => ErrorWriter.WriteAsync(ctx, ErrorCatalog.NotFound, $"{route} is not a route of this API. /openapi/v1.json lists the routes."),
            StatusCodes.Status405MethodNotAllowed => ErrorWriter.WriteAsync(ctx, ErrorCatalog.MethodNotAllowed, $"{route}: this path does not take {ctx.Request.Method}. /openapi/v1.json lists each route's methods."),
            StatusCodes.Status415UnsupportedMediaType => ErrorWriter.WriteAsync(ctx, ErrorCatalog.InvalidParameter, $"{route}: the body must be JSON sent with Content-Type: application/json."),
            StatusCodes.Status400BadRequest => ErrorWriter.WriteAsync(ctx, ErrorCatalog.InvalidParameter, $"{route}: the request could not be read. Check the body and the parameters."),
            _ => Task.CompletedTask,
        };
    }
}
