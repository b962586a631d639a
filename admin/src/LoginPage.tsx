import LoginIcon from '@mui/icons-material/Login';
import { Button, CardActions, CardContent, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { Form, Login, PasswordInput, required, TextInput, useLogin, useNotify } from 'react-admin';

interface Credentials {
  email: string;
  password: string;
}

const SignInForm = () => {
  const login = useLogin();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const submit = async (values: Partial<Credentials>) => {
    setBusy(true);
    try {
      await login({ email: values.email, password: values.password });
    } catch (error) {
      notify((error as Error).message || 'Sign-in failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form onSubmit={(values: Record<string, unknown>) => submit(values as Partial<Credentials>)}>
      <CardContent sx={{ minWidth: 300 }}>
        <TextInput
          source="email"
          label="Email"
          type="email"
          autoComplete="username"
          autoFocus
          validate={required()}
          fullWidth
        />
        <PasswordInput
          source="password"
          label="Password"
          autoComplete="current-password"
          validate={required()}
          fullWidth
        />
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        <Button
          type="submit"
          variant="contained"
          fullWidth
          disabled={busy}
          startIcon={busy ? <CircularProgress size={16} /> : <LoginIcon />}
        >
          Sign in
        </Button>
      </CardActions>
    </Form>
  );
};

/** Email and password; the server answers with an httpOnly session cookie. */
export const LoginPage = () => (
  <Login>
    <SignInForm />
  </Login>
);
