namespace AvatarIV.PowerShell.Handlers;

/// <summary>Get-AvatarIVCredit: the remaining balance, or (-Estimate) a planned video's price, worked out locally.</summary>
internal sealed class GetCreditHandler
{
    private readonly HandlerContext _context;

    public GetCreditHandler(HandlerContext context) => _context = context;

    public async Task GetBalanceAsync()
    {
        try
        {
            var balance = await _context.Client.GetCreditsAsync(_context.CancellationToken).ConfigureAwait(false);
            _context.Sink.WriteObject(ModelMapper.ToCredit(balance));
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, null);
        }
    }

    /// <summary>Exactly one of <paramref name="script"/>, <paramref name="audioPath"/>, <paramref name="durationSeconds"/> is given (the cmdlet's parameter sets).</summary>
    public void Estimate(string? script, string? audioPath, double? durationSeconds, string? motionPrompt, string? resolution)
    {
        var motion = !string.IsNullOrWhiteSpace(motionPrompt);
        var surface = _context.Surface;
        try
        {
            var estimate = script is not null ? VideoEstimate.ForScript(script, motion, resolution, surface)
                : audioPath is not null ? VideoEstimate.ForAudioFile(audioPath, motion, resolution, surface)
                : VideoEstimate.ForDuration(durationSeconds ?? 0, motion, resolution, surface);
            _context.Sink.WriteObject(estimate);
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, (object?)audioPath ?? script);
        }
    }
}
