using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Schema;

namespace PendoGen.Model;

internal sealed partial class ModelBuilder
{
    /// <summary>
    /// The rules of a record's own schema. Each property contributes only its value-level rules: the rules
    /// inside a nested record's schema belong to that record, which validates itself.
    /// </summary>
    private ConstraintSpec ToDefiningRules(SchemaDocument document, SchemaNode node, string typeName)
    {
        Dictionary<string, TypeRef> types = _propertiesByType[typeName];
        var properties = new List<PropertyConstraint>();
        foreach (NamedSchema property in node.Properties)
        {
            (SchemaDocument valueDocument, SchemaNode valueNode) = Dereference(document, property.Schema);
            ConstraintSpec value = types[property.Name].Kind switch
            {
                ValueKind.Object => ConstraintSpec.Empty,
                // A JsonElement's rules are all checked by the JSON evaluator (PropertySpec.JsonRules).
                ValueKind.Json => ConstraintSpec.Empty,
                ValueKind.Array when types[property.Name].Item!.Kind == ValueKind.Json =>
                    ToConstraint(valueDocument, valueNode with { Items = null }, typeName: null),
                // The items are records that validate themselves: only the list's own rules (minItems, ...) count.
                ValueKind.Array when types[property.Name].Item!.Kind == ValueKind.Object =>
                    ToConstraint(valueDocument, valueNode with { Items = null }, typeName: null),
                _ => ToConstraint(valueDocument, valueNode, typeName: null),
            };
            if (!value.IsEmpty)
            {
                properties.Add(new PropertyConstraint(property.Name, value));
            }
        }

        ConstraintSpec inline = ToConstraint(document, node with { Properties = EquatableArray<NamedSchema>.Empty }, typeName);
        return inline with { Properties = properties.ToEquatableArray() };
    }

    /// <summary>
    /// Converts a (sub)schema to its rules. <paramref name="typeName"/> is the generated record the node applies
    /// to, when it applies to one; property names are checked against it.
    /// </summary>
    private ConstraintSpec ToConstraint(SchemaDocument document, SchemaNode node, string? typeName, int depth = 0)
    {
        if (depth > MaxReferenceHops)
        {
            return ConstraintSpec.Empty;
        }

        (document, node) = Dereference(document, node);
        if (node.BooleanSchema is { } boolean)
        {
            return new ConstraintSpec { BooleanSchema = boolean };
        }

        // A recursive schema ($ref "#" inside a rule) would otherwise be expanded again at every level.
        string key = document.Path + "#" + node.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!_converting.Add(key))
        {
            return ConstraintSpec.Empty;
        }

        try
        {
            return ConvertNode(document, node, typeName, depth);
        }
        finally
        {
            _converting.Remove(key);
        }
    }

    private readonly HashSet<string> _converting = new(StringComparer.Ordinal);

    private ConstraintSpec ConvertNode(SchemaDocument document, SchemaNode node, string? typeName, int depth)
    {
        Dictionary<string, TypeRef>? types = typeName is not null && _propertiesByType.TryGetValue(typeName, out var t) ? t : null;
        CheckNames(document, node, typeName, types);
        // An invalid pattern is reported (PENDO107) and left out, so Validate() never builds a broken Regex.
        string? validPattern = node.Pattern is { } pattern && CheckPattern(document, node, pattern) ? pattern : null;

        var properties = new List<PropertyConstraint>();
        foreach (NamedSchema property in node.Properties)
        {
            string? nestedType = types is not null && types.TryGetValue(property.Name, out TypeRef? propertyType)
                ? ObjectTypeName(propertyType)
                : null;
            properties.Add(new PropertyConstraint(property.Name, ToConstraint(document, property.Schema, nestedType, depth + 1)));
        }

        return new ConstraintSpec
        {
            Required = node.Required,
            Properties = properties.ToEquatableArray(),
            Items = node.Items is { } items ? ToConstraint(document, items, null, depth + 1) : null,
            Enum = node.Enum is { } values ? values.Select(Model.JsonLiteral.From).ToEquatableArray() : null,
            Const = node.Const is { } c ? Model.JsonLiteral.From(c) : null,
            Format = node.Format is "date" or "date-time" or "uri" ? node.Format : null,
            Pattern = validPattern,
            Minimum = node.Minimum,
            Maximum = node.Maximum,
            ExclusiveMinimum = node.ExclusiveMinimum,
            ExclusiveMaximum = node.ExclusiveMaximum,
            MinLength = node.MinLength,
            MaxLength = node.MaxLength,
            MinItems = node.MinItems,
            MaxItems = node.MaxItems,
            If = node.If is { } condition ? ToCondition(document, condition, typeName, "'if'", depth + 1) : null,
            Then = node.Then is { } then ? ToConstraint(document, then, typeName, depth + 1) : null,
            Else = node.Else is { } otherwise ? ToConstraint(document, otherwise, typeName, depth + 1) : null,
            Not = node.Not is { } not ? ToCondition(document, not, typeName, "'not'", depth + 1) : null,
            AllOf = node.AllOf.Select(s => ToConstraint(document, s, typeName, depth + 1)).ToEquatableArray(),
            DependentRequired = node.DependentRequired.Select(d => new DependentRule(d.Property, d.Requires)).ToEquatableArray(),
            Severity = node.Severity switch
            {
                "warning" => RuleSeverity.Warning,
                "error" => RuleSeverity.Error,
                _ => null,
            },
            Reason = node.Reason,
        };
    }

    /// <summary>A condition (<c>if</c>, <c>not</c>, <c>x-no-effect-unless</c>): only keywords that test a value.</summary>
    private ConstraintSpec ToCondition(SchemaDocument document, SchemaNode node, string? typeName, string where, int depth = 0)
    {
        (document, node) = Dereference(document, node);
        if (node.If is not null || node.Then is not null || node.Else is not null || !node.DependentRequired.IsEmpty ||
            node.Items is not null || node.Format is not null)
        {
            Report(DiagnosticDescriptors.UnsupportedCondition, document, node.Span,
                $"Inside {where} only required, properties, const, enum, pattern, bounds, not and allOf are evaluated; other keywords there are ignored");
        }

        ConstraintSpec condition = ToConstraint(document, node, typeName, depth);
        return condition with { If = null, Then = null, Else = null, DependentRequired = EquatableArray<DependentRule>.Empty, Items = null, Format = null };
    }

    private static string? ObjectTypeName(TypeRef type) => type.Kind == ValueKind.Object ? type.GeneratedName : null;

    private void CheckNames(SchemaDocument document, SchemaNode node, string? typeName, Dictionary<string, TypeRef>? types)
    {
        if (types is null)
        {
            return;
        }

        IEnumerable<string> named = node.Required
            .Concat(node.Properties.Select(p => p.Name))
            .Concat(node.DependentRequired.SelectMany(d => d.Requires.Prepend(d.Property)));
        foreach (string name in named.Distinct())
        {
            if (!types.ContainsKey(name))
            {
                Report(DiagnosticDescriptors.UnknownPropertyInRule, document, node.Span,
                    $"A rule names \"{name}\", which is not a property of {typeName}; that part of the rule is not checked");
            }
        }
    }

    private bool CheckPattern(SchemaDocument document, SchemaNode node, string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException e)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPattern, document.Path, node.PatternSpan, pattern, e.Message));
            return false;
        }
    }
}
