import type { KoaContextWithOIDC, default as Provider } from 'oidc-provider';
import type { DemoAccount } from './demo-accounts';

/**
 * The development provider's own pages, in French and close to the DSFR's look, in place of
 * oidc-provider's English `devInteractions`: the login form with the demo accounts to click, an
 * unknown login refused on the same page (the interaction stays open, so the next attempt works),
 * sign-out without a question, and errors explained.
 */

const ROLE_LABELS: Record<DemoAccount['ouvroir_role'], string> = {
  admin: 'administration',
  member: 'membre',
  guest: 'invité',
};

/** Longest form body read: a login and a password. */
const MAX_BODY_BYTES = 4096;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  );

// The DSFR's colours and spacing, inline: these pages are served by the provider, not by the web client.
const STYLE = `
body{margin:0;font-family:Marianne,arial,sans-serif;color:#161616;background:#f6f6f6;line-height:1.5}
header{background:#fff;border-bottom:1px solid #ddd;padding:1rem 1.5rem}
header p{margin:0;font-weight:700}
main{max-width:40rem;margin:2rem auto;padding:2rem;background:#fff;box-shadow:0 2px 6px rgba(0,0,18,.16)}
h1{font-size:1.75rem;margin:0 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
label{display:block;margin:1rem 0 .25rem}
input[type=text],input[type=password]{display:block;width:100%;box-sizing:border-box;padding:.5rem 1rem;font:inherit;
background:#eee;border:0;border-radius:.25rem .25rem 0 0;box-shadow:inset 0 -2px 0 0 #3a3a3a}
input[aria-invalid=true]{box-shadow:inset 0 -2px 0 0 #ce0500}
.error{color:#ce0500;margin:.5rem 0 0}
button{font:inherit;font-weight:500;padding:.5rem 1.5rem;margin-top:1rem;border:0;background:#000091;color:#fff;cursor:pointer}
button:hover{background:#1212ff}button:focus-visible,input:focus-visible,a:focus-visible{outline:2px solid #0a76f6;outline-offset:2px}
button.secondary{background:#fff;color:#000091;box-shadow:inset 0 0 0 1px #000091;margin:0;text-align:left;width:100%}
button.secondary:hover{background:#f6f6f6}
ul{list-style:none;padding:0;margin:0}li{margin:.5rem 0}
.hint{color:#666;font-size:.875rem}a{color:#000091}
`;

function page(title: string, body: string, script?: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Comptes de démonstration d’Ouvroir</title>
<style>${STYLE}</style>
${script ? `<script src="${escapeHtml(script)}" defer></script>` : ''}
</head>
<body>
<header><p>Ouvroir — fournisseur d’identité de démonstration</p></header>
<main>
${body}
</main>
</body>
</html>`;
}

function loginPage(basePath: string, uid: string, accounts: DemoAccount[], refused?: string): string {
  const action = `${basePath}/interaction/${encodeURIComponent(uid)}/login`;
  const error = refused
    ? `<p id="login-error" class="error">Aucun compte de démonstration ne s’appelle « ${escapeHtml(refused)} ». Choisissez un compte ci-dessous ou vérifiez l’identifiant.</p>`
    : '';
  const list = accounts
    .map(
      (account) => `<li><button class="secondary" name="login" value="${escapeHtml(account.login)}">
<strong>${escapeHtml(`${account.given_name} ${account.family_name}`)}</strong> (${escapeHtml(account.login)}) — ${ROLE_LABELS[account.ouvroir_role]}<br>
<span class="hint">${escapeHtml(account.part)} · ${escapeHtml(account.organisation_name)}</span></button></li>`,
    )
    .join('\n');
  return page(
    refused ? 'Erreur : compte inconnu' : 'Connexion',
    `<h1>Se connecter avec un compte de démonstration</h1>
<p>Ce fournisseur n’existe qu’en développement : tout mot de passe est accepté.</p>
<form method="post" action="${action}" novalidate>
<label for="login">Identifiant (par exemple claire)</label>
<input type="text" id="login" name="login" autocomplete="username" required autofocus
${refused ? `aria-invalid="true" aria-describedby="login-error" value="${escapeHtml(refused)}"` : ''}>
${error}
<label for="password">Mot de passe (libre)</label>
<input type="password" id="password" name="password" autocomplete="current-password">
<button type="submit">Se connecter</button>
</form>
<h2>Ou choisir un compte</h2>
<form method="post" action="${action}">
<ul>
${list}
</ul>
</form>
<p><a href="${basePath}/interaction/${encodeURIComponent(uid)}/abort">Annuler et revenir à Ouvroir</a></p>`,
  );
}

function errorPage(title: string, message: string): string {
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/connexion">Revenir à la page de connexion d’Ouvroir</a></p>`,
  );
}

async function formBody(context: KoaContextWithOIDC): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of context.req as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8');
    if (text.length > MAX_BODY_BYTES) context.throw(413);
  }
  return new URLSearchParams(text);
}

/** The French error page in place of « oops! something went wrong » (oidc-provider's `renderError`). */
export function renderError(context: KoaContextWithOIDC, out: { error: string; error_description?: string }) {
  context.type = 'html';
  context.body = errorPage(
    'La connexion n’a pas abouti',
    `Le fournisseur de démonstration a refusé la demande (${out.error}${out.error_description ? ` : ${out.error_description}` : ''}). Recommencez depuis Ouvroir.`,
  );
}

/** Sign-out asks nothing: the form oidc-provider gives is sent at once by a script of our origin (CSP). */
export function logoutSource(basePath: string) {
  return (context: KoaContextWithOIDC, form: string) => {
    context.type = 'html';
    context.body = page(
      'Déconnexion',
      `<h1>Déconnexion en cours</h1>
${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}
<p>Si la page ne change pas d’elle-même :</p>
<button type="submit" form="op.logoutForm">Terminer la déconnexion</button>`,
      `${basePath}/deconnexion.js`,
    );
  };
}

export function postLogoutSuccessSource(context: KoaContextWithOIDC) {
  context.type = 'html';
  context.body = page('Déconnecté', `<h1>Vous êtes déconnecté</h1><p><a href="/">Revenir à Ouvroir</a></p>`);
}

const INTERACTION = /^\/interaction\/([\w-]{1,64})(\/login|\/abort)?$/;

/**
 * The interactions' routes, ahead of oidc-provider's own: `GET /interaction/:uid` (the form),
 * `POST …/login`, `GET …/abort`, and the sign-out page's script.
 */
export function demoInteractions(oidc: Provider, basePath: string, accounts: () => DemoAccount[]) {
  return async (context: KoaContextWithOIDC, next: () => Promise<void>) => {
    if (context.path === '/deconnexion.js' && context.method === 'GET') {
      context.type = 'application/javascript';
      context.body = "document.getElementById('op.logoutForm').submit();\n";
      return;
    }
    const match = INTERACTION.exec(context.path);
    if (!match) return next();
    const [, uid, action] = match;
    context.set('cache-control', 'no-store');
    let details;
    try {
      details = await oidc.interactionDetails(context.req, context.res);
    } catch {
      context.status = 400;
      context.type = 'html';
      context.body = errorPage(
        'Demande de connexion expirée',
        'Cette demande de connexion n’est plus valable (trop ancienne ou déjà utilisée). Recommencez depuis Ouvroir.',
      );
      return;
    }
    if (details.uid !== uid) return next();
    if (action === '/abort') {
      const to = await oidc.interactionResult(context.req, context.res, {
        error: 'access_denied',
        error_description: 'Connexion annulée',
      });
      return context.redirect(to);
    }
    if (action === '/login' && context.method === 'POST') {
      const login = (await formBody(context)).get('login')?.trim().slice(0, 100) ?? '';
      const account = accounts().find((candidate) => candidate.login === login.toLowerCase());
      if (!account) {
        // The interaction stays open: the person corrects the login on the same page.
        context.status = 200;
        context.type = 'html';
        context.body = loginPage(basePath, uid, accounts(), login);
        return;
      }
      const to = await oidc.interactionResult(
        context.req,
        context.res,
        { login: { accountId: account.login } },
        { mergeWithLastSubmission: false },
      );
      context.status = 303;
      return context.redirect(to);
    }
    if (context.method !== 'GET') return next();
    context.type = 'html';
    context.body = loginPage(basePath, uid, accounts());
  };
}
