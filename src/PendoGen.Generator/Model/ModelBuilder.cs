using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Json;
using PendoGen.Schema;

namespace PendoGen.Model;

/// <summary>
/// Builds the generation model from every schema file of a compilation: resolves <c>$ref</c>s within and across
/// files, names the types, and turns each schema's rules into <see cref="ConstraintSpec"/>s. Problems become
/// PENDO1xx diagnostics located in the schema file; nothing here throws for bad input.
/// </summary>
internal sealed partial class ModelBuilder
{
    /// <summary>Member names the generated record uses itself; a schema property with one of these names is renamed.</summary>
    private static readonly HashSet<string> s_reservedMembers = new(GeneratedNames.RecordMembers, StringComparer.Ordinal);

    private readonly ImmutableArray<SchemaDocument> _documents;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<ObjectSpec> _objects = new();
    private readonly List<EnumSpec> _enums = new();

    /// <summary>Generated type for each schema location ("file#pointer"), so a schema referenced twice is one type.</summary>
    private readonly Dictionary<string, TypeRef> _typesByLocation = new(StringComparer.Ordinal);

    /// <summary>Which schema location claimed each generated type name.</summary>
    private readonly Dictionary<string, string> _ownerByTypeName = new(StringComparer.Ordinal);

    /// <summary>Declared JSON property names and types of each generated record, for checking rule property names.</summary>
    private readonly Dictionary<string, Dictionary<string, TypeRef>> _propertiesByType = new(StringComparer.Ordinal);

    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    /// <summary>The types the runtime support declares in namespace PendoGen, emitted into the same compilation.</summary>
    private static readonly string[] s_runtimeTypes = GeneratedNames.RuntimeApiMetadataNames;

    /// <summary>Every namespace of the generated code (and each enclosing one): no type can have the full name of one.</summary>
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);

    private ModelBuilder(ImmutableArray<SchemaDocument> documents)
    {
        _documents = documents;
        foreach (string ns in documents.Select(d => d.Namespace).Append(GeneratedNames.InternalNamespace))
        {
            for (int dot = ns.Length; dot > 0; dot = ns.LastIndexOf('.', dot - 1))
            {
                _namespaces.Add(ns.Substring(0, dot));
            }
        }
    }

    public static GenerationModel Build(ImmutableArray<SchemaDocument> documents)
    {
        // Order by path so names, collisions and output never depend on the order files reach the generator.
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToImmutableArray();
        var builder = new ModelBuilder(ordered);
        foreach (SchemaDocument document in ordered)
        {
            builder._diagnostics.AddRange(document.Diagnostics);
            try
            {
                builder.BuildRoot(document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never crash the compiler: a bug here becomes a diagnostic, and no types come from this file.
                builder._objects.RemoveAll(o => o.SchemaFile == document.Path);
                builder._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, document.Path, default, e.GetType().Name + ": " + e.Message));
            }
        }

        return new GenerationModel(
            builder._objects.OrderBy(o => o.FullName, StringComparer.Ordinal).ToEquatableArray(),
            builder._enums.OrderBy(e => e.FullName, StringComparer.Ordinal).ToEquatableArray(),
            builder._diagnostics.ToEquatableArray());
    }

    private void BuildRoot(SchemaDocument document)
    {
        SchemaNode? root = document.Root;
        if (root is null)
        {
            return; // Not JSON: already reported by the parser.
        }

        if (root.Title is null)
        {
            // A schema with only $defs is a library for other files; anything with properties needs a name.
            if (!root.Properties.IsEmpty || root.Type == "object")
            {
                Report(DiagnosticDescriptors.InvalidRoot, document, root.Span,
                    "The root schema needs a 'title' naming the generated record (a C# identifier such as \"PendoConfig\")");
            }

            return;
        }

        if (!Naming.IsIdentifier(root.Title))
        {
            Report(DiagnosticDescriptors.InvalidRoot, document, root.TitleSpan,
                $"The root 'title' \"{root.Title}\" is not a C# identifier; it names the generated record");
            return;
        }

        if (root.Type is not (null or "object") || root.Properties.IsEmpty)
        {
            Report(DiagnosticDescriptors.InvalidRoot, document, root.Span,
                "The root schema must describe an object (\"type\": \"object\" with \"properties\")");
            return;
        }

        ResolveType(document, root, root.Title, "#", root.Span, root.Lenient ?? false);
    }

    /// <summary>The C# type for a value schema, creating the generated record or enum on first use.</summary>
    /// <param name="lenient">Whether an enclosing schema said <c>x-lenient</c>; the node's own keyword wins.</param>
    private TypeRef ResolveType(SchemaDocument document, SchemaNode node, string suggestedName, string pointer, SourceSpan span, bool lenient)
    {
        lenient = node.Lenient ?? lenient;
        string location = document.Path + pointer;
        if (_typesByLocation.TryGetValue(location, out TypeRef? known))
        {
            return known;
        }

        if (node.Ref is not null && HasAssertionsBesideRef(node))
        {
            // 2020-12 applies the keywords beside a $ref too. A value gets them all from the JSON evaluator; a record
            // keeps its type, and the keywords beside the reference are reported as not checked.
            if (ResolveReference(document, node) is not { } referenced || !IsRecordSchema(referenced.Document, referenced.Node))
            {
                return TypeRef.Json;
            }

            Report(DiagnosticDescriptors.KeywordNotHonouredHere, document, node.Span,
                "Keywords beside a '$ref' to a record are not checked; put them in the referenced schema, or in a rule ('allOf', 'if'/'then') of the enclosing object");
        }

        if (node.Ref is not null)
        {
            if (!_resolving.Add(location))
            {
                Report(DiagnosticDescriptors.UnresolvedReference, document, node.RefSpan, $"'$ref' \"{node.Ref}\" is part of a reference cycle");
                return TypeRef.Json;
            }

            try
            {
                if (ResolveReference(document, node) is not { } target)
                {
                    return TypeRef.Json;
                }

                return ResolveType(target.Document, target.Node, target.Name ?? suggestedName, target.Pointer, target.Node.Span, lenient);
            }
            finally
            {
                _resolving.Remove(location);
            }
        }

        string name = node.Title is { } title && Naming.IsIdentifier(title) ? title : suggestedName;
        if (!ReferenceEquals(name, node.Title) && s_reservedMembers.Contains(name))
        {
            // A name made from a property ("toString") that a record member has: a type name of its own, not an error.
            name += "Type";
        }

        // Properties without a type make a record too (what the author meant), but JSON Schema would also accept a
        // value that is not an object there, which FromJson refuses: said at the schema (PENDO110), never silent.
        string? type = node.Type ?? (!node.Properties.IsEmpty ? "object" : InferType(node));
        if (node.Type is null && type == "object" && pointer != "#")
        {
            Report(DiagnosticDescriptors.KeywordNotHonouredHere, document, node.Span,
                "'properties' without \"type\": \"object\" is generated as a record, and FromJson reads only a JSON object here, where JSON Schema also accepts other values; add \"type\": \"object\" to say so");
        }

        if (!(type == "object" && !node.Properties.IsEmpty) && ValueNeedsJsonRules(document, node))
        {
            return TypeRef.Json;
        }

        switch (type)
        {
            case "object" when !node.Properties.IsEmpty:
                return BuildObject(document, node, name, location, lenient);
            case "object":
                return TypeRef.Json;
            // A lenient enum stays a string: an API that adds a value must not break reading its responses.
            case "string" when node.Enum is { } values && !lenient:
                return BuildEnum(document, node, values, name, location);
            case "string":
                return (node.Format switch
                {
                    "date" => TypeRef.Date,
                    "date-time" => TypeRef.DateTime,
                    _ => TypeRef.String,
                }) with { Lenient = lenient };
            case "integer":
                return (NeedsInt64(node) ? TypeRef.Int64 : TypeRef.Int32) with { Lenient = lenient };
            case "number":
                return TypeRef.Double with { Lenient = lenient };
            case "boolean":
                return TypeRef.Boolean with { Lenient = lenient };
            case "array":
                {
                    TypeRef item = node.Items is { } items
                        ? ResolveType(document, items, name + "Item", pointer + "/items", items.Span, lenient)
                        : TypeRef.Json;
                    return new TypeRef(ValueKind.Array, Item: item);
                }

            default:
                return TypeRef.Json;
        }
    }

    /// <summary>A type from <c>const</c>/<c>enum</c> when every value has the same JSON kind; otherwise none (a JsonElement).</summary>
    private static string? InferType(SchemaNode node)
    {
        IEnumerable<JsonValue> values = node.Const is { } c ? new[] { c } : node.Enum is { Count: > 0 } list ? list : Enumerable.Empty<JsonValue>();
        string? inferred = null;
        foreach (JsonValue value in values)
        {
            string? kind = value switch
            {
                JsonString => "string",
                JsonNumber n => Internal.JsonNumbers.IsInteger(n.Raw) ? "integer" : "number",
                JsonBoolean => "boolean",
                _ => null,
            };
            if (kind is null || (inferred is not null && inferred != kind && !(inferred is "integer" or "number" && kind is "integer" or "number")))
            {
                return null;
            }

            inferred = inferred == "number" || kind == "number" ? "number" : kind;
        }

        return inferred;
    }

    private static bool NeedsInt64(SchemaNode node)
    {
        if (node.Format == "int64")
        {
            return true;
        }

        // Bounds, and the const/enum values the property must be able to hold (9007199254740992 needs a long).
        IEnumerable<string?> numbers = new[] { node.Minimum, node.Maximum }
            .Concat((node.Const is { } c ? new[] { c } : node.Enum ?? Enumerable.Empty<JsonValue>()).OfType<JsonNumber>().Select(n => Whole(n.Raw)));
        foreach (string? bound in numbers)
        {
            if (bound is not null && !int.TryParse(bound, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Whole(string raw) =>
        decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) && d == decimal.Truncate(d)
            ? d.ToString("0", CultureInfo.InvariantCulture)
            : raw;

    /// <summary>The helper types generated beside an enum: <c>XWire</c> and <c>XJsonConverter</c>.</summary>
    private static readonly string[] s_enumHelperSuffixes = GeneratedNames.EnumHelperSuffixes;

    /// <param name="isRecord">A record may not be named like one of the members it declares.</param>
    /// <param name="helperSuffixes">Names of helper types generated beside this one, which must be free too.</param>
    private string ClaimTypeName(SchemaDocument document, string name, string location, SourceSpan span, bool isRecord, string[]? helperSuffixes = null)
    {
        helperSuffixes ??= Array.Empty<string>();
        bool IsFree(string candidate) =>
            !_ownerByTypeName.ContainsKey(Qualify(document.Namespace, candidate)) &&
            helperSuffixes.All(suffix => !_ownerByTypeName.ContainsKey(Qualify(document.Namespace, candidate + suffix))) &&
            ReservedBecause(document.Namespace, candidate, isRecord, helperSuffixes) is null;

        string claimed = name;
        if (!IsFree(name))
        {
            // Keep generating (with a numbered name) so the rest of the compilation still binds; the error fails the build.
            int suffix = 2;
            while (!IsFree(name + suffix.ToString(CultureInfo.InvariantCulture)))
            {
                suffix++;
            }

            claimed = name + suffix.ToString(CultureInfo.InvariantCulture);
            string fullName = Qualify(document.Namespace, name);
            string? reserved = ReservedBecause(document.Namespace, name, isRecord, helperSuffixes);
            string owner = _ownerByTypeName.TryGetValue(fullName, out string? o) ? o : "a helper type of another schema";
            Report(DiagnosticDescriptors.TypeNameCollision, document, span, reserved is not null && o is null
                ? $"Type name '{fullName}' cannot be used: {reserved}; this schema is generated as '{claimed}'. Give it a different 'title'."
                : $"Type name '{fullName}' (or a helper type generated beside it) is already generated from {owner}; this schema is generated as '{claimed}'. Give it a different 'title'.");
        }

        _ownerByTypeName[Qualify(document.Namespace, claimed)] = location;
        foreach (string suffix in helperSuffixes)
        {
            _ownerByTypeName[Qualify(document.Namespace, claimed + suffix)] = location;
        }

        return claimed;
    }

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    /// <summary>Why a type name (or a helper type name beside it) would not compile, or null if it is free of such clashes.</summary>
    private string? ReservedBecause(string ns, string name, bool isRecord, string[] helperSuffixes)
    {
        if (isRecord && s_reservedMembers.Contains(name))
        {
            return "the generated record has a member of that name";
        }

        foreach (string full in helperSuffixes.Select(suffix => Qualify(ns, name + suffix)).Prepend(Qualify(ns, name)))
        {
            if (Array.IndexOf(s_runtimeTypes, full) >= 0)
            {
                return $"'{full}' is a type of the PendoGen runtime";
            }

            if (_namespaces.Contains(full))
            {
                return $"'{full}' is a namespace";
            }
        }

        return null;
    }

    private TypeRef BuildEnum(SchemaDocument document, SchemaNode node, EquatableArray<JsonValue> values, string name, string location)
    {
        name = ClaimTypeName(document, name, location, node.Span, isRecord: false, s_enumHelperSuffixes);
        var members = new List<EnumMemberSpec>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var names = EnumMemberNames.For(values.OfType<JsonString>().Select(v => v.Value));
        foreach (JsonValue value in values)
        {
            if (value is not JsonString s)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, document, value.Span, $"A string enum can only list strings, not {value.KindName}");
                continue;
            }

            if (!listed.Add(s.Value))
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, document, value.Span, $"Enum value \"{s.Value}\" is listed more than once");
                continue;
            }

            (string member, bool spelledOut) = names[s.Value];
            if (spelledOut)
            {
                Report(DiagnosticDescriptors.EnumMemberSpelledOut, document, value.Span,
                    $"Enum value \"{s.Value}\" is named '{member}': its symbols are spelled out to keep its meaning");
            }

            if (!used.Add(member))
            {
                string original = member;
                int n = 2;
                while (!used.Add(member = original + n.ToString(CultureInfo.InvariantCulture)))
                {
                    n++;
                }

                Report(DiagnosticDescriptors.MemberRenamed, document, value.Span,
                    $"Enum value \"{s.Value}\" would be named '{original}' like an earlier value; it is generated as '{member}'");
            }

            members.Add(new EnumMemberSpec(member, s.Value));
        }

        var typeRef = new TypeRef(ValueKind.Enum, Qualify(document.Namespace, name), EnumMembers: members.ToEquatableArray());
        _typesByLocation[location] = typeRef;
        _enums.Add(new EnumSpec(document.Namespace, name, node.Description, typeRef.EnumMembers));
        return typeRef;
    }

    private TypeRef BuildObject(SchemaDocument document, SchemaNode node, string name, string location, bool lenient)
    {
        name = ClaimTypeName(document, name, location, node.TitleSpan.Length > 0 ? node.TitleSpan : node.Span, isRecord: true);
        string fullName = Qualify(document.Namespace, name);
        var typeRef = new TypeRef(ValueKind.Object, fullName);
        _typesByLocation[location] = typeRef;
        var propertyTypes = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        _propertiesByType[fullName] = propertyTypes;

        // Types first: rules and conditions may name any property of the record, declared before or after.
        var names = new List<(NamedSchema Property, string ClrName)>();
        var memberNames = new HashSet<string>(StringComparer.Ordinal) { name };
        string pointer = location.Substring(document.Path.Length);
        foreach (NamedSchema property in node.Properties)
        {
            string clrName = UniqueMemberName(document, property, name, memberNames);
            propertyTypes[property.Name] = ResolveType(document, property.Schema, Naming.ToPascalCase(property.Name),
                pointer + "/properties/" + property.Name, property.Schema.Span, lenient);
            names.Add((property, clrName));
        }

        var properties = new List<PropertySpec>();
        foreach ((NamedSchema property, string clrName) in names)
        {
            (_, SchemaNode valueNode) = Dereference(document, property.Schema);
            TypeRef propertyType = propertyTypes[property.Name];
            properties.Add(new PropertySpec(
                property.Name,
                clrName,
                propertyTypes[property.Name],
                IsRequired: node.Required.Contains(property.Name),
                IsSecret: property.Schema.IsSecret || valueNode.IsSecret,
                ConstValue: valueNode.Const is { } c ? JsonLiteral.From(c) : null,
                DefaultValue: valueNode.Default is { } d ? JsonLiteral.From(d) : null,
                Description: property.Schema.Description ?? valueNode.Description,
                NoEffectUnless: property.Schema.NoEffectUnless is { } condition
                    ? ToCondition(document, condition, fullName, "'x-no-effect-unless'")
                    : null,
                JsonRules: JsonRulesOf(document, property.Schema, propertyType)));
        }

        (SchemaNode typedRules, string? recordJsonRules) = SplitRecordRules(document, node);
        ConstraintSpec rules = ToDefiningRules(document, typedRules, fullName);
        UnknownPropertyPolicy policy = node.AdditionalProperties switch
        {
            true => UnknownPropertyPolicy.Keep,
            false => UnknownPropertyPolicy.KeepAndError,
            null => UnknownPropertyPolicy.KeepAndWarn,
        };
        bool readOnly = node.ReadOnly || document.Root?.ReadOnly == true;
        _objects.Add(new ObjectSpec(document.Namespace, name, node.Description, document.Path, properties.ToEquatableArray(), rules, policy, readOnly, recordJsonRules));
        return typeRef;
    }

    /// <summary>The JSON evaluator's bundle for a JsonElement property, or for the items of a list of JsonElement.</summary>
    private string? JsonRulesOf(SchemaDocument document, SchemaNode schema, TypeRef type)
    {
        if (type.Kind == ValueKind.Json)
        {
            return Bundle(document, schema);
        }

        if (type.Kind == ValueKind.Array && type.Item!.Kind == ValueKind.Json)
        {
            (SchemaDocument valueDocument, SchemaNode valueNode) = Dereference(document, schema);
            return valueNode.Items is { } items ? Bundle(valueDocument, items) : null;
        }

        return null;
    }

    private string UniqueMemberName(SchemaDocument document, NamedSchema property, string typeName, HashSet<string> used)
    {
        string clrName = Naming.ToPascalCase(property.Name);
        if (clrName == typeName || s_reservedMembers.Contains(clrName) || used.Contains(clrName))
        {
            string original = clrName;
            clrName += "Value";
            int n = 2;
            while (used.Contains(clrName))
            {
                clrName = original + "Value" + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }

            Report(DiagnosticDescriptors.MemberRenamed, document, property.NameSpan,
                $"Property \"{property.Name}\" would be named '{original}', which is taken in {typeName}; it is generated as '{clrName}'");
        }

        used.Add(clrName);
        return clrName;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SchemaDocument document, SourceSpan span, string message) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, document.Path, span, message));
}
