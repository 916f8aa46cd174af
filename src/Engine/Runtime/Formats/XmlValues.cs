using System.Xml;
using System.Xml.Linq;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Formats;

/// <summary>
/// XML read into Xano's shape (reference §8.7): each element is <c>{name: {"@attributes": …, "value": …}}</c>;
/// attributes are an object, or an empty list when there are none; the value is the element's text, or, when it
/// has child elements, a list of those children (and of any non-blank text between them) in document order.
/// </summary>
public static class XmlValues
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The document's root element; throws <see cref="XmlException"/> when the text is not XML.</summary>
    public static XsValue Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        var document = XDocument.Load(reader);
        return Element(document.Root!);
    }

    private static XsValue Element(XElement element)
    {
        var body = XsObject.Empty
            .Set("@attributes", Attributes(element))
            .Set("value", Content(element));
        return XsValue.Object(XsObject.Empty.Set(element.Name.LocalName, XsValue.Object(body)));
    }

    private static XsValue Attributes(XElement element)
    {
        var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
        return attributes.Count == 0
            ? XsValue.Array(XsArray.Empty)
            : XsValue.Object(XsObject.Create(attributes.Select(a => new KeyValuePair<string, XsValue>(a.Name.LocalName, XsValue.Text(a.Value)))));
    }

    private static XsValue Content(XElement element)
    {
        if (!element.HasElements)
            return XsValue.Text(element.Value);
        var items = new List<XsValue>();
        foreach (var node in element.Nodes())
        {
            if (node is XElement child)
                items.Add(Element(child));
            else if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
                items.Add(XsValue.Text(text.Value.Trim()));
        }
        return XsValue.Array(XsArray.Create(items));
    }
}
