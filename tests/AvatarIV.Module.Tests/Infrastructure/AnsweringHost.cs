using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace AvatarIV.Module.Tests.Infrastructure;

/// <summary>
/// A host whose user answers every confirmation prompt (-Confirm) with one choice, e.g. "No", and whose prompts are
/// recorded: proves what a cmdlet asks before spending credits, deleting or writing files.
/// </summary>
public sealed class AnsweringHost : PSHost
{
    private readonly AnsweringUserInterface _ui;

    public AnsweringHost(string answerLabel) => _ui = new AnsweringUserInterface(answerLabel);

    /// <summary>The captions of the prompts answered so far.</summary>
    public IReadOnlyList<string> Prompts => _ui.Prompts;

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override string Name => "AvatarIV.Tests";

    public override PSHostUserInterface UI => _ui;

    public override Version Version => new(1, 0);

    public override void EnterNestedPrompt() => throw new NotSupportedException();

    public override void ExitNestedPrompt() => throw new NotSupportedException();

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    public override void SetShouldExit(int exitCode)
    {
    }

    private sealed class AnsweringUserInterface : PSHostUserInterface
    {
        private readonly string _answerLabel;
        private readonly List<string> _prompts = new();

        public AnsweringUserInterface(string answerLabel) => _answerLabel = answerLabel;

        public IReadOnlyList<string> Prompts => _prompts;

        public override PSHostRawUserInterface? RawUI => null;

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            lock (_prompts)
            {
                _prompts.Add(caption + ": " + message);
            }

            for (var i = 0; i < choices.Count; i++)
            {
                if (choices[i].Label.Replace("&", string.Empty, StringComparison.Ordinal).Equals(_answerLabel, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            throw new InvalidOperationException($"No choice '{_answerLabel}' among {string.Join(", ", choices.Select(c => c.Label))}.");
        }

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new NotSupportedException("The test host answers confirmations only.");

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException();

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new NotSupportedException();

        public override string ReadLine() => throw new NotSupportedException();

        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();

        public override void Write(string value)
        {
        }

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value)
        {
        }

        public override void WriteDebugLine(string message)
        {
        }

        public override void WriteErrorLine(string value)
        {
        }

        public override void WriteLine(string value)
        {
        }

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
        }

        public override void WriteVerboseLine(string message)
        {
        }

        public override void WriteWarningLine(string message)
        {
        }
    }
}
