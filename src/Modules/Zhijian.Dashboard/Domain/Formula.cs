using System.Globalization;

namespace Zhijian.Dashboard.Domain;

/// <summary>
/// 指标计算公式: arithmetic (+ − × ÷, parentheses, numbers) over measure codes the modules publish
/// (<c>complaints.closed_on_time / complaints.closed * 100</c>) and <c>population</c> (常住人口). A division by zero or
/// a missing input yields no value (shown "—"), never 100 % or 0. Pure: no I/O.
/// </summary>
internal sealed class Formula
{
    /// <summary>The reference data identifier: 常住人口 of the division in the period's year.</summary>
    public const string Population = "population";

    private readonly Node _root;

    private Formula(string text, Node root, IReadOnlyList<string> inputs)
    {
        Text = text;
        _root = root;
        Inputs = inputs;
    }

    public string Text { get; }

    /// <summary>The identifiers the formula reads, in order of first use.</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>Parses <paramref name="text"/>; every identifier must be in <paramref name="known"/> (measure codes + population).</summary>
    public static Formula? Parse(string? text, Func<string, bool> known, out string? error)
    {
        if (string.IsNullOrWhiteSpace(text)) { error = "计算公式为空"; return null; }
        var tokens = new List<Token>();
        error = Tokenize(text.Trim(), tokens);
        if (error is not null) return null;
        var parser = new Parser(tokens);
        Node root;
        try
        {
            root = parser.Expression();
            if (!parser.AtEnd) { error = $"计算公式在“{parser.Current.Text}”处无法解析"; return null; }
        }
        catch (FormatException e)
        {
            { error = e.Message; return null; }
        }

        var inputs = tokens.Where(t => t.Kind == TokenKind.Name).Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        var unknown = inputs.Where(i => !known(i)).ToList();
        if (unknown.Count > 0)
        {
            { error = $"计算公式引用了模块未公开的数据：{string.Join("、", unknown)}（可用的数据项见“指标数据项”列表）"; return null; }
        }

        error = null;
        return new Formula(text.Trim(), root, inputs);
    }

    /// <summary>The value, or null when an input is missing or a denominator is zero.</summary>
    public decimal? Evaluate(Func<string, decimal?> input) => _root.Eval(input);

    private static string? Tokenize(string s, List<Token> tokens)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '+' or '-' or '*' or '/' or '(' or ')' or '×' or '÷')
            {
                var op = c switch { '×' => "*", '÷' => "/", _ => c.ToString() };
                tokens.Add(new Token(TokenKind.Op, op));
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c) || c == '.')
            {
                var start = i;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
                var text = s[start..i];
                if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                    return $"计算公式中的数字“{text}”无效";
                tokens.Add(new Token(TokenKind.Number, text));
                continue;
            }

            if (char.IsAsciiLetterLower(c))
            {
                var start = i;
                while (i < s.Length && (char.IsAsciiLetterLower(s[i]) || char.IsAsciiDigit(s[i]) || s[i] is '_' or '.')) i++;
                var name = s[start..i];
                if (name.EndsWith('.') || name.Contains("..", StringComparison.Ordinal)) return $"计算公式中的数据项“{name}”格式不对";
                tokens.Add(new Token(TokenKind.Name, name));
                continue;
            }

            return $"计算公式含有不能识别的字符“{c}”（只允许数据项编码、数字、+ - * / 和括号）";
        }

        return null;
    }

    private enum TokenKind
    {
        Name,
        Number,
        Op,
    }

    private sealed record Token(TokenKind Kind, string Text);

    private sealed class Parser(List<Token> tokens)
    {
        private int _pos;

        public bool AtEnd => _pos >= tokens.Count;

        public Token Current => tokens[Math.Min(_pos, tokens.Count - 1)];

        public Node Expression()
        {
            var left = Term();
            while (!AtEnd && Current.Kind == TokenKind.Op && Current.Text is "+" or "-")
            {
                var op = tokens[_pos++].Text[0];
                left = new Binary(op, left, Term());
            }

            return left;
        }

        private Node Term()
        {
            var left = Factor();
            while (!AtEnd && Current.Kind == TokenKind.Op && Current.Text is "*" or "/")
            {
                var op = tokens[_pos++].Text[0];
                left = new Binary(op, left, Factor());
            }

            return left;
        }

        private Node Factor()
        {
            if (AtEnd) throw new FormatException("计算公式不完整");
            var t = tokens[_pos++];
            switch (t.Kind)
            {
                case TokenKind.Number:
                    return new Constant(decimal.Parse(t.Text, CultureInfo.InvariantCulture));
                case TokenKind.Name:
                    return new Input(t.Text);
                case TokenKind.Op when t.Text == "(":
                    var inner = Expression();
                    if (AtEnd || Current.Text != ")") throw new FormatException("计算公式的括号不配对");
                    _pos++;
                    return inner;
                case TokenKind.Op when t.Text == "-":
                    return new Binary('-', new Constant(0), Factor());
                default:
                    throw new FormatException($"计算公式在“{t.Text}”处无法解析");
            }
        }
    }

    private abstract record Node
    {
        public abstract decimal? Eval(Func<string, decimal?> input);
    }

    private sealed record Constant(decimal Value) : Node
    {
        public override decimal? Eval(Func<string, decimal?> input) => Value;
    }

    private sealed record Input(string Name) : Node
    {
        public override decimal? Eval(Func<string, decimal?> input) => input(Name);
    }

    private sealed record Binary(char Op, Node Left, Node Right) : Node
    {
        public override decimal? Eval(Func<string, decimal?> input)
        {
            if (Left.Eval(input) is not { } l || Right.Eval(input) is not { } r) return null;
            return Op switch
            {
                '+' => l + r,
                '-' => l - r,
                '*' => l * r,
                _ => r == 0 ? null : l / r,
            };
        }
    }
}
