namespace AvatarIV.MockServer.Domain.Batches;

/// <summary>
/// A batch's aggregate from its items' status words (<c>queued</c>, <c>processing</c>, <c>completed</c>, <c>failed</c>):
/// counts for each word (zeros included), and <c>processing</c> until every item is terminal, then <c>failed</c> when
/// every item failed, else <c>completed</c> (docs/decisions.md, "Batches").
/// </summary>
public sealed record BatchTally(string Status, IReadOnlyDictionary<string, int> CountsByStatus)
{
    public static readonly string[] ItemStatuses = ["queued", "processing", "completed", "failed"];

    public static BatchTally Of(IReadOnlyCollection<string> itemStatuses)
    {
        var counts = ItemStatuses.ToDictionary(s => s, s => itemStatuses.Count(i => i == s));
        var terminal = counts["completed"] + counts["failed"] == itemStatuses.Count;
        var status = !terminal ? "processing" : counts["failed"] == itemStatuses.Count ? "failed" : "completed";
        return new BatchTally(status, counts);
    }

    /// <summary>A finished batch's tally from its recorded outcomes.</summary>
    public static BatchTally Finished(VideoBatch batch) =>
        Of([.. batch.Items.Select(i => i.Succeeded == true ? "completed" : "failed")]);
}
