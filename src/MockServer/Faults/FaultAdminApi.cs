using AvatarIV.MockServer.Domain.Errors;
using System.Text.Json;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AvatarIV.MockServer.Faults;

/// <summary><c>/_mock/faults</c>: list, add and remove fault rules at run time.</summary>
public static class FaultAdminApi
{
    public static RouteGroupBuilder MapFaultAdminRoutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_mock/faults").WithTags("Admin: faults");
        group.MapGet("/", List).WithSummary("Fault rules in force, with how many times each has fired and has left.");
        group.MapPost("/", AddAsync)
            .WithSummary("Adds one rule (JSON object) or several (array); see docs/mock-server.md (Fault rules) for the fields.")
            .Accepts<FaultRuleRequest>("application/json");
        group.MapDelete("/", ClearAll).WithSummary("Removes every rule, the --fault ones included.");
        group.MapDelete("/{id}", Remove).WithSummary("Removes one rule by id.");
        return group;
    }

    private static Ok<FaultRuleView[]> List(FaultRuleSet rules) =>
        TypedResults.Ok(rules.List().Select(FaultRuleView.Of).ToArray());

    private static async Task<Created<FaultRuleView[]>> AddAsync(HttpRequest request, FaultRuleSet rules)
    {
        IReadOnlyList<FaultRule> parsed;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (JsonTextCheck.FirstUnreadable(document.RootElement) is { } where)
            {
                throw Invalid($"The body holds text that is not valid Unicode at {where} (invalid UTF-8 bytes, or a lone \\u surrogate escape). Send UTF-8 JSON.");
            }

            parsed = FaultRuleJsonReader.ReadRules(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw Invalid($"The body is not valid JSON ({ex.Message}). Send a rule such as {{\"path\":\"/v3/videos\",\"kind\":\"status\",\"status\":503,\"times\":2}}.");
        }
        catch (FaultRuleException ex)
        {
            throw Invalid($"Invalid fault rule: {ex.Message}");
        }

        // All rules are checked before any is added, so a bad array adds nothing.
        var added = parsed.Select(rules.Add).Select(FaultRuleView.Of).ToArray();
        return TypedResults.Created("/_mock/faults", added);
    }

    private static Ok<ClearedFaults> ClearAll(FaultRuleSet rules) => TypedResults.Ok(new ClearedFaults(rules.Clear()));

    private static Results<NoContent, NotFound> Remove(string id, FaultRuleSet rules) =>
        rules.Remove(id) ? TypedResults.NoContent() : throw ErrorCatalog.NotFound.With($"No fault rule '{id}'. GET /_mock/faults lists the rules in force.", "id");

    private static MockError Invalid(string message) => ErrorCatalog.InvalidFaultRule.With(message);

    public sealed record ClearedFaults(int Removed);
}
