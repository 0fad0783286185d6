using AvatarIV.Core;
using AvatarIV.Core.Scripts;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>Split-AvatarIVScript: sentence-aware parts, each under <c>maxSeconds</c> of speech. Offline.</summary>
internal sealed class SplitScriptHandler
{
    /// <summary>The free tier's per-video cap: parts this short work on every plan.</summary>
    public const double DefaultMaxSeconds = 180;

    private readonly HandlerContext _context;

    public SplitScriptHandler(HandlerContext context) => _context = context;

    public void Split(string script, double maxSeconds, double speed)
    {
        try
        {
            if (string.IsNullOrWhiteSpace(script))
            {
                throw new AvatarIVValidationException(
                    ValidationCodes.ScriptEmpty, "The script is empty: pass -Script, or pipe its text (Get-Content script.txt | Split-AvatarIVScript).", "Script");
            }

            foreach (var part in ScriptSplitter.Split(script, maxSeconds, speed))
            {
                _context.Sink.WriteObject(new AvatarScriptPart
                {
                    Index = part.Index,
                    Script = part.Text,
                    Words = part.Words,
                    EstimatedSeconds = part.EstimatedSeconds,
                });
            }
        }
        catch (Exception e) when (HandlerContext.IsItemFailure(e))
        {
            _context.Fail(e, script);
        }
    }
}
