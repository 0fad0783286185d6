namespace AvatarIV.MockServer.Retention;

/// <summary>
/// Offers a sweep before every request (the sweeper decides whether one is due), so that limits hold when a request
/// could see them (an evicted video reads as not found on the next read, even right after the admin clock moved)
/// without a timer to wait for.
/// </summary>
public sealed class RetentionMiddleware(RequestDelegate next, RetentionSweeper sweeper)
{
    public Task InvokeAsync(HttpContext ctx)
    {
        sweeper.Sweep();
        return next(ctx);
    }
}
