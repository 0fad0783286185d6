using System.Net.Http;
using AvatarIV.Mock.Client.Models;

namespace AvatarIV.Mock.Client;

/// <summary>Jobs: list, read, step forward, complete, fail and set a job's progression. Reading a job is not a status read.</summary>
public sealed partial class MockAdminClient
{
    public Task<IReadOnlyList<MockJob>> ListJobsAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync<IReadOnlyList<MockJob>>(HttpMethod.Get, "_mock/jobs", null, cancellationToken);

    /// <summary>Jobs created with <paramref name="apiKey"/>.</summary>
    public async Task<IReadOnlyList<MockJob>> ListJobsOfAsync(string apiKey, CancellationToken cancellationToken = default)
    {
        var keyId = MockKeyId.From(apiKey);
        return (await ListJobsAsync(cancellationToken).ConfigureAwait(false)).Where(j => j.OwnerKeyId == keyId).ToList();
    }

    public Task<MockJob> GetJobAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockJob>(HttpMethod.Get, $"_mock/jobs/{Escape(id)}", null, cancellationToken);

    /// <summary>One step forward: pending → processing → completed.</summary>
    public Task<MockJob> AdvanceJobAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockJob>(HttpMethod.Post, $"_mock/jobs/{Escape(id)}/advance", null, cancellationToken);

    public Task<MockJob> CompleteJobAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockJob>(HttpMethod.Post, $"_mock/jobs/{Escape(id)}/complete", null, cancellationToken);

    /// <summary>Fails the job with a render failure code (default <c>internal_error</c>) and refunds its reservation.</summary>
    public Task<MockJob> FailJobAsync(string id, string? code = null, string? message = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockJob>(HttpMethod.Post, $"_mock/jobs/{Escape(id)}/fail", new FailBody(code, message), cancellationToken);

    /// <summary>Sets one job's progression: <c>immediate</c>, <c>time</c>, <c>manual</c> or <c>polls:N</c>.</summary>
    public Task<MockJob> SetJobProgressionAsync(string id, string mode, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockJob>(HttpMethod.Put, $"_mock/jobs/{Escape(id)}/progression", new ProgressionBody(mode), cancellationToken);

    private sealed record FailBody(string? Code, string? Message);

    private sealed record ProgressionBody(string Mode);
}
