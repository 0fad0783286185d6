namespace AvatarIV.MockServer.Domain.Batches;

/// <summary>
/// A batch of videos (<c>POST /v3/videos/batches</c>): its items in submission order, each with its video and, once
/// that video ended, its outcome. <see cref="FinishedAt"/> is set when every item is terminal (then the batch's
/// <c>callback_url</c> and <c>batch.finished</c> fire, once).
/// </summary>
public sealed record VideoBatch(string Id, string OwnerKeyId, string? Title, string? CallbackUrl, DateTimeOffset CreatedAt, List<BatchItem> Items)
{
    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>One item: its place in the submitted <c>videos</c> array, its video (set once made), and how that video ended (null while running).</summary>
public sealed record BatchItem(int ItemIndex)
{
    public string? VideoId { get; set; }

    public bool? Succeeded { get; set; }
    public string? FailureCode { get; set; }
    public string? FailureMessage { get; set; }
}
