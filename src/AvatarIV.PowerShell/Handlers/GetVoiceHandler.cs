using AvatarIV.Core;
using AvatarIV.PowerShell.Completion;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Get-AvatarIVVoice: voices filtered by language and gender (server side) and a name wildcard (here).</summary>
internal sealed class GetVoiceHandler
{
    private readonly HandlerContext _context;

    public GetVoiceHandler(HandlerContext context) => _context = context;

    public async Task GetAsync(string? language, string? gender, string? name)
    {
        var filter = name is null ? null : new WildcardFilter(name);
        try
        {
            var voices = await _context.Client.GetVoicesAsync(new VoiceQuery { Language = language, Gender = gender }, _context.CancellationToken).ConfigureAwait(false);
            if (language is null && gender is null)
            {
                _context.Session.Voices.Remember(voices);
            }

            foreach (var voice in voices.Where(v => filter is null || filter.IsMatch(v.Name)))
            {
                _context.Sink.WriteObject(ModelMapper.ToVoice(voice));
            }
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, name);
        }
    }
}
