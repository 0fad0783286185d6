using AvatarIV.Core;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Get-AvatarIVLook's list filters: type, group and ownership go to the server; the name wildcard, -Skip and -First apply here.</summary>
internal sealed record LookFilter(string? Name, string? Type, string? GroupId, string? Ownership, int Skip, int First);

/// <summary>Get-AvatarIVLook: looks page after page (cached for -AvatarId completion when unfiltered), or one look by id.</summary>
internal sealed class GetLookHandler
{
    private readonly HandlerContext _context;

    public GetLookHandler(HandlerContext context) => _context = context;

    public async Task GetAsync(string lookId)
    {
        try
        {
            var look = await _context.Client.GetAvatarLookAsync(lookId, _context.CancellationToken).ConfigureAwait(false);
            _context.Sink.WriteObject(ModelMapper.ToLook(look));
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, lookId);
        }
    }

    /// <summary>Writes the matching looks within -Skip/-First; stops reading pages once -First are written (unless the cache wants them all).</summary>
    public async Task ListAsync(LookFilter filter)
    {
        var name = filter.Name is null ? null : new WildcardFilter(filter.Name);
        var query = new AvatarLookQuery { AvatarType = filter.Type, GroupId = filter.GroupId, Ownership = filter.Ownership, PageSize = 50 };
        var unfiltered = filter.Type is null && filter.GroupId is null && filter.Ownership is null;
        var seen = new List<AvatarLook>();
        var matched = 0;
        try
        {
            await foreach (var look in _context.Client.ListAvatarLooksAsync(query, _context.CancellationToken).ConfigureAwait(false))
            {
                seen.Add(look);
                if (name is not null && !name.IsMatch(look.Name))
                {
                    continue;
                }

                matched++;
                if (matched > filter.Skip && matched - filter.Skip <= filter.First)
                {
                    _context.Sink.WriteObject(ModelMapper.ToLook(look));
                }
                else if (matched - filter.Skip > filter.First && !unfiltered)
                {
                    break;
                }
            }

            if (unfiltered)
            {
                _context.Session.Looks.Remember(seen);
            }
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, filter.Name);
        }
    }
}
