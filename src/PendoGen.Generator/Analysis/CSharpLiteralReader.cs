using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Diagnostics;
using PendoGen.Internal;
using PendoGen.Model;

namespace PendoGen.Analysis;

/// <summary>
/// Reads the configuration a C# expression builds: object initializers of generated records (nested ones too),
/// <c>with</c> expressions, collection expressions and arrays, constants, enum members, and constant
/// <c>DateOnly</c> values. Anything else is "unknown" and silences the rules that depend on it.
/// </summary>
internal sealed class CSharpLiteralReader
{
    private readonly SchemaCatalog _catalog;
    private readonly List<RuleViolation> _dateProblems;

    public CSharpLiteralReader(SchemaCatalog catalog, List<RuleViolation> dateProblems)
    {
        _catalog = catalog;
        _dateProblems = dateProblems;
    }

    /// <summary><c>new T { ... }</c> of a generated record, or <c>x with { ... }</c>; null for anything else.</summary>
    public LiteralObject? ReadObject(IOperation operation, ObjectSpec spec, string path)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation:
                return new LiteralObject(CreationLocation(creation), ReadInitializer(creation.Initializer, spec, path), unsetMeansUnknown: false);
            case IWithOperation with:
                return ReadWith(with, spec, path);
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>x with { ... }</c>: what it sets, over what <c>x</c> is when that is itself a literal object of the same record
    /// (<c>new T { ... } with { ... }</c>, chains included), so the resulting object is checked as a whole; over
    /// unknown values otherwise.
    /// </summary>
    private LiteralObject ReadWith(IWithOperation with, ObjectSpec spec, string path)
    {
        List<LiteralProperty> set = ReadInitializer(with.Initializer, spec, path);
        IOperation operand = Unwrap(with.Operand);
        if (operand is not (IObjectCreationOperation or IWithOperation) || !ReferenceEquals(_catalog.Find(operand.Type), spec) ||
            ReadObject(operand, spec, path) is not { } original)
        {
            return new LiteralObject(with.Syntax.GetLocation(), set, unsetMeansUnknown: true);
        }

        var merged = new List<LiteralProperty>(original.Properties.Count + set.Count);
        merged.AddRange(original.Properties.Where(p => !set.Any(s => s.JsonName == p.JsonName)));
        merged.AddRange(set);
        return new LiteralObject(with.Syntax.GetLocation(), merged, original.UnsetMeansUnknown);
    }

    private List<LiteralProperty> ReadInitializer(IObjectOrCollectionInitializerOperation? initializer, ObjectSpec spec, string path)
    {
        var properties = new List<LiteralProperty>();
        if (initializer is null)
        {
            return properties;
        }

        RecordLookup lookup = RecordLookup.For(spec);
        foreach (IOperation element in initializer.Initializers)
        {
            if (element is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
            {
                continue;
            }

            PropertySpec? property = lookup.ByClrName(target.Property.Name);
            if (property is null)
            {
                continue; // AdditionalProperties and members added in a partial declaration are not schema properties
            }

            LiteralValue value = ReadValue(assignment.Value, property.Type, SharedText.Property(path, property.JsonName));
            properties.Add(new LiteralProperty(property.JsonName, value, assignment.Syntax.GetLocation(), target.Syntax.GetLocation()));
        }

        return properties;
    }

    /// <summary>The value an expression gives a property of type <paramref name="type"/>.</summary>
    public LiteralValue ReadValue(IOperation operation, TypeRef type, string path)
    {
        Location location = operation.Syntax.GetLocation();
        if (operation.ConstantValue is { HasValue: true } constant)
        {
            return FromConstant(constant.Value, operation, type, location, path);
        }

        IOperation inner = Unwrap(operation);
        if (inner.ConstantValue is { HasValue: true } innerConstant)
        {
            return FromConstant(innerConstant.Value, inner, type, location, path);
        }

        if (type.Kind == ValueKind.Object && _catalog.Find(inner.Type) is { } nested && ReadObject(inner, nested, path) is { } literal)
        {
            return literal;
        }

        if (type.Kind == ValueKind.Array && ReadArray(inner, type.Item!, path) is { } array)
        {
            return array;
        }

        if (type.Kind == ValueKind.Date && ReadDate(inner, path) is { } date)
        {
            return date;
        }

        return inner is IDefaultValueOperation && !type.IsValueType ? new LiteralNull(location) : new LiteralUnknown(location);
    }

    /// <summary>An enum member the generated code still has but the schema does not (the generated code is out of date).</summary>
    private static string StaleEnumMember(string path, string enumName, string memberName, IEnumerable<string> allowed) =>
        $"'{path.Substring(path.LastIndexOf('.') + 1)}' value {enumName}.{memberName} is not in the schema any more: the generated {enumName} is " +
        $"older than the schema (build the project to regenerate it); expected one of: {string.Join(", ", allowed)}.";

    private LiteralValue FromConstant(object? value, IOperation operation, TypeRef type, Location location, string path)
    {
        switch (value)
        {
            case null:
                return new LiteralNull(location);
            case string s:
                return new LiteralString(location, s);
            case bool b:
                return new LiteralBoolean(location, b);
            case char:
                return new LiteralUnknown(location);
        }

        if (type.Kind == ValueKind.Enum)
        {
            // An enum constant: its member's wire spelling, or the bare number for an undefined value such as (E)99.
            ITypeSymbol? enumType = operation.Type is INamedTypeSymbol { EnumUnderlyingType: not null } e ? e : Unwrap(operation).Type;
            IFieldSymbol? field = enumType?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));
            EnumMemberSpec? member = field is null ? null : type.EnumMembers.FirstOrDefault(m => m.ClrName == field.Name);
            if (member is not null)
            {
                return new LiteralString(location, member.WireValue, isHardCoded: false);
            }

            if (field is not null)
            {
                // A member of the generated enum that the schema no longer has: the generated code is older than the
                // schema (an IDE that runs generators on save or build). Say so, by name, not "value 1 is not allowed".
                _dateProblems.Add(new RuleViolation(DiagnosticIds.ValueNotAllowed, path, StaleEnumMember(path, field.ContainingType.Name, field.Name,
                    type.EnumMembers.Select(m => m.WireValue)), RuleSeverity.Error, location));
                return new LiteralUnknown(location);
            }
        }

        double number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        bool isInteger = value is sbyte or byte or short or ushort or int or uint or long or ulong;
        return new LiteralNumber(location, number, isInteger);
    }

    private LiteralArray? ReadArray(IOperation operation, TypeRef itemType, string path)
    {
        IEnumerable<IOperation>? elements = operation switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            IObjectCreationOperation { Initializer: { } initializer } when initializer.Initializers.All(i => i is IInvocationOperation) =>
                initializer.Initializers.Cast<IInvocationOperation>().Select(i => i.Arguments.Length == 1 ? i.Arguments[0].Value : i),
            _ => CollectionExpressionElements(operation),
        };
        if (elements is null)
        {
            return null;
        }

        var items = new List<LiteralValue>();
        int index = 0;
        foreach (IOperation element in elements)
        {
            items.Add(element is null ? new LiteralUnknown(operation.Syntax.GetLocation()) : ReadValue(element, itemType, SharedText.Index(path, index)));
            index++;
        }

        return new LiteralArray(operation.Syntax.GetLocation(), items);
    }

    /// <summary>
    /// <c>[a, b]</c>. Read from syntax: Roslyn 4.8, the oldest compiler this package supports, has no operation
    /// node for collection expressions. A spread (<c>..x</c>) makes the whole list unknown.
    /// </summary>
    private static IEnumerable<IOperation>? CollectionExpressionElements(IOperation operation)
    {
        if (operation.Syntax is not CollectionExpressionSyntax collection || operation.SemanticModel is not { } model)
        {
            return null;
        }

        var elements = new List<IOperation>();
        foreach (CollectionElementSyntax element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax expression || model.GetOperation(WithoutSuppression(expression.Expression)) is not { } item)
            {
                return null;
            }

            elements.Add(item);
        }

        return elements;
    }

    /// <summary><c>x!</c> has no operation node of its own (<c>null!</c> would make the whole list unknown): <c>x</c>.</summary>
    private static ExpressionSyntax WithoutSuppression(ExpressionSyntax expression)
    {
        while (expression is PostfixUnaryExpressionSyntax postfix && postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression))
        {
            expression = postfix.Operand;
        }

        return expression;
    }

    /// <summary><c>new DateOnly(y, m, d)</c> or <c>DateOnly.Parse("...")</c> with constants.</summary>
    private LiteralValue? ReadDate(IOperation operation, string path)
    {
        Location location = operation.Syntax.GetLocation();
        if (operation is IObjectCreationOperation { Constructor: { } constructor } creation && IsDateOnly(constructor.ContainingType) &&
            creation.Arguments.Length == 3 && creation.Arguments.All(a => a.Value.ConstantValue is { HasValue: true, Value: int }))
        {
            int[] parts = creation.Arguments.Select(a => (int)a.Value.ConstantValue.Value!).ToArray();
            string text = parts[0].ToString("D4", CultureInfo.InvariantCulture) + "-" + parts[1].ToString("D2", CultureInfo.InvariantCulture) + "-" +
                          parts[2].ToString("D2", CultureInfo.InvariantCulture);
            if (parts[0] is < 1 or > 9999 || parts[1] is < 1 or > 12 || parts[2] < 1 || parts[2] > DateTime.DaysInMonth(parts[0], parts[1]))
            {
                _dateProblems.Add(DateProblem(path, location));
                return new LiteralUnknown(location);
            }

            return new LiteralString(location, text, isHardCoded: false);
        }

        if (operation is IInvocationOperation { TargetMethod: { Name: "Parse" or "ParseExact" } method } invocation && IsDateOnly(method.ContainingType) &&
            invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string argument })
        {
            Location argumentLocation = invocation.Arguments[0].Value.Syntax.GetLocation();
            if (!ConstraintEvaluator.IsDate(argument))
            {
                _dateProblems.Add(DateProblem(path, argumentLocation) with { Hints = FixHints.With(FixHints.Replacement, FixHints.RewriteDate(argument)) });
                return new LiteralUnknown(location);
            }

            return new LiteralString(argumentLocation, argument, isHardCoded: false);
        }

        return null;
    }

    private static RuleViolation DateProblem(string path, Location location)
    {
        string name = path.Substring(path.LastIndexOfAny(new[] { '.', '[' }) + 1).TrimEnd(']');
        return new RuleViolation(DiagnosticIds.FormatOrPattern, path, RuleMessages.NotADate("'" + name + "'") + ".", RuleSeverity.Error, location);
    }

    private static bool IsDateOnly(INamedTypeSymbol? type) =>
        type is { Name: "DateOnly", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                default:
                    return operation;
            }
        }
    }

    /// <summary>Squiggle <c>new PendoConfig</c>, not the whole initializer.</summary>
    private static Location CreationLocation(IObjectCreationOperation creation)
    {
        SyntaxNode syntax = creation.Syntax;
        TextSpan span = syntax switch
        {
            ObjectCreationExpressionSyntax explicitNew => TextSpan.FromBounds(explicitNew.SpanStart, explicitNew.Type.Span.End),
            ImplicitObjectCreationExpressionSyntax implicitNew => TextSpan.FromBounds(implicitNew.SpanStart, implicitNew.ArgumentList.Span.End),
            _ => syntax.Span,
        };
        return Location.Create(syntax.SyntaxTree, span);
    }
}
