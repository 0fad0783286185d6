using System.Globalization;
using System.Text;

namespace AvatarIV.PowerShell.Tests.Metadata.Reading;

/// <summary>
/// A small, strict reader for PowerShell data files (.psd1): hashtables, arrays, quoted strings,
/// numbers and $true/$false, with # and &lt;# #&gt; comments. Enough for a module manifest without
/// PowerShell; anything else is refused with its position so that the manifest stays simple.
/// </summary>
public sealed class PowerShellDataFile
{
    private readonly string _text;
    private int _position;

    private PowerShellDataFile(string text) => _text = text;

    /// <summary>The top-level hashtable; keys are case-insensitive like PowerShell's.</summary>
    public static IReadOnlyDictionary<string, object> Parse(string text)
    {
        var reader = new PowerShellDataFile(text);
        var value = reader.ReadValue();
        reader.SkipTrivia(newlinesToo: true);
        if (reader._position != text.Length)
        {
            throw reader.Error("expected the end of the file after the top-level hashtable");
        }

        return value as IReadOnlyDictionary<string, object> ?? throw reader.Error("expected a top-level hashtable @{ ... }");
    }

    private object ReadValue()
    {
        SkipTrivia(newlinesToo: true);
        if (Peek("@{"))
        {
            return ReadHashtable();
        }

        if (Peek("@("))
        {
            return ReadArray();
        }

        if (Peek("'"))
        {
            return ReadSingleQuoted();
        }

        if (Peek("\""))
        {
            return ReadDoubleQuoted();
        }

        if (TryRead("$true"))
        {
            return true;
        }

        if (TryRead("$false"))
        {
            return false;
        }

        return ReadNumber();
    }

    private Dictionary<string, object> ReadHashtable()
    {
        _position += 2;
        var table = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipTrivia(newlinesToo: true);
            if (TryRead("}"))
            {
                return table;
            }

            if (TryRead(";"))
            {
                continue;
            }

            var key = Peek("'") ? ReadSingleQuoted() : Peek("\"") ? ReadDoubleQuoted() : ReadBareKey();
            SkipTrivia(newlinesToo: false);
            if (!TryRead("="))
            {
                throw Error($"expected '=' after key '{key}'");
            }

            if (table.ContainsKey(key))
            {
                throw Error($"duplicate key '{key}'");
            }

            table[key] = ReadValue();
        }
    }

    private List<object> ReadArray()
    {
        _position += 2;
        var items = new List<object>();
        while (true)
        {
            SkipTrivia(newlinesToo: true);
            if (TryRead(")"))
            {
                return items;
            }

            if (items.Count > 0 && !TryRead(","))
            {
                // PowerShell also accepts newline-separated items inside @( ).
                if (!PrecededByNewline())
                {
                    throw Error("expected ',' or ')' in an array");
                }
            }

            items.Add(ReadValue());
        }
    }

    private string ReadBareKey()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _position > start ? _text.Substring(start, _position - start) : throw Error("expected a key");
    }

    private string ReadSingleQuoted()
    {
        _position++;
        var value = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c != '\'')
            {
                value.Append(c);
            }
            else if (Peek("'"))
            {
                value.Append('\'');
                _position++;
            }
            else
            {
                return value.ToString();
            }
        }

        throw Error("unterminated single-quoted string");
    }

    private string ReadDoubleQuoted()
    {
        _position++;
        var value = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '$' || c == '`')
            {
                throw Error("double-quoted strings with $ or ` are not supported in the manifest; use single quotes");
            }

            if (c == '"')
            {
                return value.ToString();
            }

            value.Append(c);
        }

        throw Error("unterminated double-quoted string");
    }

    private double ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '.' or '-'))
        {
            _position++;
        }

        var token = _text.Substring(start, _position - start);
        return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error("expected a value (a quoted string, a number, $true/$false, @( ) or @{ })");
    }

    private void SkipTrivia(bool newlinesToo)
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n' && !newlinesToo)
            {
                return;
            }

            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (Peek("<#"))
            {
                var end = _text.IndexOf("#>", _position + 2, StringComparison.Ordinal);
                _position = end < 0 ? throw Error("unterminated block comment") : end + 2;
            }
            else if (c == '#')
            {
                var end = _text.IndexOf('\n', _position);
                _position = end < 0 ? _text.Length : end;
            }
            else
            {
                return;
            }
        }
    }

    private bool PrecededByNewline()
    {
        for (var i = _position - 1; i >= 0 && char.IsWhiteSpace(_text[i]); i--)
        {
            if (_text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    private bool Peek(string token) => string.CompareOrdinal(_text, _position, token, 0, token.Length) == 0;

    private bool TryRead(string token)
    {
        if (!Peek(token) && !(token.StartsWith('$') && string.Compare(_text, _position, token, 0, token.Length, StringComparison.OrdinalIgnoreCase) == 0))
        {
            return false;
        }

        _position += token.Length;
        return true;
    }

    private FormatException Error(string problem)
    {
        var line = 1 + _text.Take(Math.Min(_position, _text.Length)).Count(c => c == '\n');
        return new FormatException($"psd1 line {line}: {problem}.");
    }
}
