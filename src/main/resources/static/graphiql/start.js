// GraphiQL on the endpoint named by ?path= (the page's handler adds it), everything loaded from this app.
(function () {
    const params = new URLSearchParams(window.location.search);
    const url = `${location.protocol}//${location.host}${params.get('path') || '/graphql'}`;
    // a browser session's POSTs need the CSRF token, which Spring Security leaves in this cookie
    const xsrfToken = document.cookie.match(/(?:^| )XSRF-TOKEN=([^;]+)/);
    const headers = xsrfToken ? { 'X-XSRF-TOKEN': decodeURIComponent(xsrfToken[1]) } : {};
    const fetcher = GraphiQL.createFetcher({ url, headers });
    const root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: true,
    }));
})();
