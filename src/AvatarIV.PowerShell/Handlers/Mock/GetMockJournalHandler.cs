using AvatarIV.Mock.Client.Models;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>Get-AvatarIVMockJournal: the requests the mock answered, oldest first, keys shown only as key ids.</summary>
internal sealed class GetMockJournalHandler
{
    private readonly HandlerContext _context;

    public GetMockJournalHandler(HandlerContext context) => _context = context;

    public async Task GetAsync(AvatarIVMock? given, string? path, string? method, DateTimeOffset? since)
    {
        var mock = MockTarget.Resolve(_context, given);
        var entries = await MockTarget.CallAsync(_context, mock, path, admin => admin.GetJournalAsync(path, method, since, _context.CancellationToken)).ConfigureAwait(false);
        foreach (var entry in entries ?? Array.Empty<MockJournalEntry>())
        {
            _context.Sink.WriteObject(MockModelMapper.ToJournalEntry(entry));
        }
    }
}
