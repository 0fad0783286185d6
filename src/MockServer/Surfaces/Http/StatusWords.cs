using AvatarIV.MockServer.Domain.Jobs;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>How each surface words the one status machine (docs/heygen-api.md, "Status words").</summary>
public static class StatusWords
{
    /// <summary>Legacy status reads: waiting, pending, processing, completed, failed.</summary>
    public static string Legacy(JobStatus status) => (uint)status < (uint)s_words.Length ? s_words[(int)status] : status.ToString().ToLowerInvariant();

    // Each status's word made once: every status read asks for one.
    private static readonly string[] s_words = [.. Enum.GetValues<JobStatus>().OrderBy(s => (int)s).Select(s => s.ToString().ToLowerInvariant())];

    /// <summary>Legacy lists document completed/processing/failed/draft only, so queued jobs list as processing.</summary>
    public static string LegacyList(JobStatus status) => status is JobStatus.Waiting or JobStatus.Pending ? "processing" : Legacy(status);

    /// <summary>v3 get/list: pending, processing, completed, failed (queued shows as pending).</summary>
    public static string V3(JobStatus status) => status == JobStatus.Waiting ? "pending" : Legacy(status);

    /// <summary>v3 bulk statuses: queued, processing, completed, failed.</summary>
    public static string V3Bulk(JobStatus status) => status is JobStatus.Waiting or JobStatus.Pending ? "queued" : Legacy(status);

    /// <summary>v3 bulk statuses: the word for an id the key does not own.</summary>
    public const string V3BulkUnknown = "not_found";

    /// <summary>v3 create answers with the queued word.</summary>
    public const string V3Created = "waiting";
}
