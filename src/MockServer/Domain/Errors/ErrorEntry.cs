namespace AvatarIV.MockServer.Domain.Errors;

/// <summary>
/// One kind of error HeyGen answers with: its HTTP status, its string code (v2 and v3 envelopes), its legacy v1
/// number, and the message used when no more specific one is given. Every error the mock sends is one of these.
/// </summary>
public sealed record ErrorEntry(int Status, string Code, int V1Number, string Message)
{
    /// <summary>The error to throw, with a message naming the problem and the fix, and the field to blame.</summary>
    public MockError With(string message, string? param = null) => new(this, message, param);
}
