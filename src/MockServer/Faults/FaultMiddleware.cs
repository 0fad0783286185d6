namespace AvatarIV.MockServer.Faults;

/// <summary>Applies the first fault rule that fires for a request, before or after the request is handled.</summary>
public sealed class FaultMiddleware(RequestDelegate next, FaultRuleSet rules)
{
    public Task InvokeAsync(HttpContext context)
    {
        // Most requests meet no rule: they pass straight on, without a state machine of their own.
        var rule = rules.Take(context.Request.Method, context.Request.Path.Value ?? "/");
        return rule is null ? next(context) : ApplyAsync(context, rule);
    }

    private async Task ApplyAsync(HttpContext context, FaultRule rule)
    {
        context.Features.Set(new AppliedFault(rule.Kind));
        try
        {
            await (rule.Phase == FaultPhase.Before ? ApplyBeforeAsync(context, rule) : ApplyAfterAsync(context, rule));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up during an injected delay (or we dropped it); there is no one left to answer.
        }
    }

    private async Task ApplyBeforeAsync(HttpContext context, FaultRule rule)
    {
        switch (rule.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(rule.LatencyMs, context.RequestAborted);
                await next(context);
                break;
            case FaultKind.Status:
                await FaultResponder.WriteStatusAsync(context, rule);
                break;
            case FaultKind.Malformed:
                await FaultResponder.WriteMalformedAsync(context, realBody: null);
                break;
            default:
                FaultResponder.Drop(context);
                break;
        }
    }

    /// <summary>Lets the request run to completion into a buffer, then sends the fault instead of (or after) it.</summary>
    private async Task ApplyAfterAsync(HttpContext context, FaultRule rule)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.HasStarted)
        {
            // The handler flushed headers itself; the only fault still possible is a cut connection.
            FaultResponder.Drop(context);
            return;
        }

        switch (rule.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(rule.LatencyMs, context.RequestAborted);
                buffer.Position = 0;
                await buffer.CopyToAsync(original, context.RequestAborted);
                break;
            case FaultKind.Status:
                context.Response.Clear();
                await FaultResponder.WriteStatusAsync(context, rule);
                break;
            case FaultKind.Malformed:
                context.Response.Clear();
                await FaultResponder.WriteMalformedAsync(context, buffer.ToArray());
                break;
            default:
                FaultResponder.Drop(context);
                break;
        }
    }
}
