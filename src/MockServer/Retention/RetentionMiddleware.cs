namespace AvatarIV.MockServer.Retention;

/// <summary>
/// Sweeps before every request, so that limits hold the moment a request could see them (an evicted video reads as
/// not found on the very next read, even right after the admin clock moved) without a timer to wait for.
/// </summary>
public sealed class RetentionMiddleware(RequestDelegate next, RetentionSweeper sweeper)
{
    public Task InvokeAsync(HttpContext ctx)
    {
        sweeper.Sweep();
        return next(ctx);
    }
}
