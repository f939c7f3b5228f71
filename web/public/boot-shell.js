// Paints the shell saved at the last visit (web/app/boot-shell.ts writes it) before the app's
// code has loaded, or the starting screen when nobody is signed in. Plain JavaScript, as an
// external file: the CSP allows no inline script. The app removes #boot when it first renders.
;(function paintBootShell() {
  var boot = document.getElementById('boot')
  if (!boot) return
  var svg = 'http://www.w3.org/2000/svg'

  function read(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || 'null')
    } catch {
      return null
    }
  }

  function build(node, inSvg) {
    if (typeof node === 'string') return document.createTextNode(node)
    var tag = node[0]
    var ns = inSvg || tag === 'svg'
    var element = ns ? document.createElementNS(svg, tag) : document.createElement(tag)
    var attributes = node[1]
    for (var name in attributes) {
      // Inline style attributes are refused by the CSP; the CSSOM is not.
      if (name === 'style') element.style.cssText = attributes[name]
      else element.setAttribute(name, attributes[name])
    }
    for (var i = 0; i < node[2].length; i += 1) element.appendChild(build(node[2][i], ns))
    return element
  }

  var session = read('liaison-auth')
  var userId = session && session.user && session.user.id
  if (!userId) {
    boot.querySelector('.boot-app').hidden = true
    boot.querySelector('.boot-startup').hidden = false
    return
  }
  var saved = read('liaison:user:boot-shell')
  if (!saved || saved.userId !== userId || !Array.isArray(saved.tree)) return
  try {
    var shell = build(saved.tree, false)
  } catch {
    return
  }
  if (saved.path !== window.location.pathname) {
    // Another screen opens: keep the header and the navigation, not the saved screen's content.
    var main = shell.querySelector('main')
    var skeleton = boot.querySelector('.boot-app main')
    if (main && skeleton) main.replaceWith(skeleton)
    var current = shell.querySelectorAll('[aria-current]')
    for (var i = 0; i < current.length; i += 1) current[i].removeAttribute('aria-current')
  }
  boot.replaceChildren(shell)
})()
